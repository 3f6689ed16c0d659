import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import type { SystemState } from '../src/core/index';
import { expect, openApp, test } from './fixtures';

/** Runs `action`, waits for the download it starts, and returns its file name and parsed JSON. */
async function downloadOf(page: Page, action: () => Promise<void>): Promise<{ name: string; json: SystemState }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), action()])) as [Download, void];
  const text = await readFile((await download.path()) as string, 'utf8');
  return { name: download.suggestedFilename(), json: JSON.parse(text) as SystemState };
}

async function type(input: Locator, line: string): Promise<void> {
  await input.fill(line);
  await input.press('Enter');
}

test('the header exports the whole system at the current tick as JSON', async ({ page }) => {
  await openApp(page);
  const step = page.getByRole('button', { name: 'Step forward', exact: true });
  await step.click();
  await step.click();
  await expect(page.getByRole('slider', { name: 'Time' })).toHaveValue('2');
  const file = await downloadOf(page, () => page.getByRole('button', { name: 'Export system state (JSON)' }).click());
  expect(file.name).toBe('bcos-system-state-tick-2.json');
  expect(file.json).toMatchObject({ format: 'bcos-system-state', version: 1, tick: 2, node: { id: 'ai-node-0' } });
  expect(file.json.processes).toHaveLength(7);
  expect(file.json.processes[0]).toMatchObject({ pid: 1, state: expect.any(String), bursts: expect.any(Array) });
  expect(file.json.cpus).toHaveLength(2);
  expect(file.json.statistics.ticks).toBe(2);
});

test("the console's export, the design's forms and quit", async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'Console command' });
  const log = page.getByRole('log');

  await type(input, 'step 3');
  await expect(log).toContainText('Now at tick 3.');
  const named = await downloadOf(page, () => type(input, 'export my-node.json'));
  expect(named.name).toBe('my-node.json');
  expect(named.json).toMatchObject({ format: 'bcos-system-state', tick: 3 });
  await expect(log).toContainText(/Downloading my-node\.json: the system at tick 3 \(7 processes; [\d.]+ KiB\)\./);
  const plain = await downloadOf(page, () => type(input, 'export'));
  expect(plain.name).toBe('bcos-system-state-tick-3.json');

  await type(input, 'quit');
  await expect(log).toContainText('There is nothing to quit here: the browser console stays open');
  await expect(input).toBeVisible();

  await type(input, 'allocate 64KiB AI_DATA');
  await expect(log).toContainText('allocate: memory management is off in this scenario (turn it on in the Memory tab)');
  await type(input, 'dashboard');
  await expect(log).toContainText('══ Node ai-node-0 · MLFQ scheduler · uptime 3 ticks');
  await expect(log).toContainText('AI node status:');
});
