import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bigScenario } from '../src/bench/workloads';
import { expect, openApp, openPanel, test, timeSlider } from './fixtures';

const DEFAULT_TITLE = 'A day on a decentralized AI node';
const FIFO_TITLE = 'FIFO and the convoy effect';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const processTable = (page: Page) => page.getByRole('table', { name: /^Processes/ });
const fifoFile = () => readFileSync(new URL('../public/scenarios/fifo-demo.json', import.meta.url));

async function choosePreset(page: Page, file: string, title: string): Promise<void> {
  await page.getByLabel('Preset', { exact: true }).selectOption(file);
  await expect(heading(page)).toContainText(title);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

test('a shared link opens the same scenario at the same tick in another browser', async ({ page, browser }) => {
  await openApp(page);
  await timeSlider(page).fill('9');
  await openPanel(page, 'Processes');
  await expect(page.getByRole('heading', { name: 'Processes at tick 9' })).toBeVisible();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(url).toMatch(/#s=[\w-]+$/);
  expect(url.length).toBeLessThan(8_000);
  const title = await heading(page).innerText();
  const table = await processTable(page).innerText();

  // A fresh context: no autosave, nothing shared but the link.
  const context = await browser.newContext();
  const other = await context.newPage();
  const problems: string[] = [];
  other.on('pageerror', (e) => problems.push(e.message));
  other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await other.goto(url);
  await expect(other.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await expect(heading(other)).toHaveText(title);
  await expect(timeSlider(other)).toHaveValue('9');
  await openPanel(other, 'Processes');
  await expect(other.getByRole('heading', { name: 'Processes at tick 9' })).toBeVisible();
  expect(await processTable(other).innerText()).toBe(table);
  // The fragment is dropped once read, so a reload restores the autosave with any later changes.
  expect(new URL(other.url()).hash).toBe('#/simulate/processes');
  expect(problems).toEqual([]);
  await context.close();
});

test('a garbled link shows an error, and the default scenario is loaded and usable', async ({ page }) => {
  await page.goto('./#s=this-is-not*a+link');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  const alert = page.getByRole('alert').filter({ hasText: 'from link' });
  await expect(alert).toContainText('garbled');
  await expect(heading(page)).toContainText(DEFAULT_TITLE);
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(timeSlider(page)).toHaveValue('1');
});

test('imports a scenario file; a broken file is refused and the old scenario kept', async ({ page }) => {
  await openApp(page);
  const input = page.getByLabel('Import scenario file');
  await input.setInputFiles({ name: 'fifo-demo.json', mimeType: 'application/json', buffer: fifoFile() });
  await expect(heading(page)).toContainText(FIFO_TITLE);

  const broken = JSON.stringify({
    format: 'bcos-scenario',
    version: 3,
    scheduler: { policy: 'FIFO' },
    processes: [{ pid: 1, name: '<img src=x onerror=alert(1)>' }],
  });
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const alert = page.getByRole('alert').filter({ hasText: 'from file broken.json' });
  await expect(alert).toContainText('The type of process 1 in the list must be');
  await expect(heading(page)).toContainText(FIFO_TITLE);
  await expect(page.locator('img')).toHaveCount(0);
});

test('Undo after loading a preset brings back the previous scenario, also with Ctrl+Z', async ({ page }) => {
  await openApp(page);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();
  await timeSlider(page).fill('4');
  await choosePreset(page, 'fifo-demo.json', FIFO_TITLE);
  await undo.click();
  await expect(heading(page)).toContainText(DEFAULT_TITLE);
  await expect(timeSlider(page)).toHaveValue('4');
  await expect(undo).toBeDisabled();

  await choosePreset(page, 'fifo-demo.json', FIFO_TITLE);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(heading(page)).toContainText(DEFAULT_TITLE);
});

test('a reload keeps the scenario and the tick (autosave)', async ({ page }) => {
  await openApp(page);
  await choosePreset(page, 'fifo-demo.json', FIFO_TITLE);
  await timeSlider(page).fill('5');
  await expect(timeSlider(page)).toHaveValue('5');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await expect(heading(page)).toContainText(FIFO_TITLE);
  await expect(timeSlider(page)).toHaveValue('5');
});

test('a scenario of 12,000 processes, which reaches the page in pieces, is imported whole and comes back whole after a reload', async ({
  page,
}) => {
  const title = 'Twelve thousand processes';
  const scenario = { ...bigScenario({ policy: 'RR', quantum: 4 }, 12_000), title };
  await openApp(page);
  await page.getByLabel('Import scenario file').setInputFiles({
    name: 'twelve-thousand.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(heading(page)).toContainText(title);
  const table = async () => {
    await page.getByRole('tab', { name: 'Processes', exact: true }).click();
    // Every process has its row: a header row and 12,000.
    await expect(page.getByRole('table', { name: 'Processes', exact: true })).toHaveAttribute('aria-rowcount', '12001');
  };
  await table();
  await timeSlider(page).fill('50000');
  // Reloaded at once, while the worker may still be moving there: the autosave keeps the tick asked for, not the
  // frame being left.
  await page.reload();
  const atTick = page.getByText(/Tick 50,000 \//);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled({ timeout: 30_000 });
  await expect(heading(page)).toContainText(title);
  await expect(atTick).toBeVisible();
  await table();
});
