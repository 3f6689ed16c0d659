import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openPanel, test, timeSlider } from './fixtures';

/** The counts in one row of the AI node status table (a type, or "All types"), as read on screen. */
async function countsOf(page: Page, rowName: string): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Processes by type and state' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowName }) });
  return row.getByRole('cell').allInnerTexts();
}

/** The text of one process's cell in the column with this heading. */
async function cellOf(table: Locator, process: string, column: string): Promise<string> {
  const headings = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/[▲▼]/g, '').trim());
  const index = headings.indexOf(column);
  expect(index, `column ${column} in ${headings.join(', ')}`).toBeGreaterThanOrEqual(0);
  return table.getByRole('row').filter({ hasText: process }).getByRole('cell').nth(index).innerText();
}

test('Simulate names the node and counts the processes of each type in each state as the run goes', async ({
  page,
}) => {
  await openApp(page);
  const node = page.getByRole('region', { name: 'Node' });
  await expect(node).toContainText('Node ai-node-0');
  await expect(node).toContainText('2 CPUs, 1 GPU');
  await expect(node).toContainText('2 connections: peer-1, peer-2');

  await openPanel(page, 'AI node status');
  await expect(page.getByRole('heading', { name: /^AI node status/ })).toHaveText('AI node status at tick 0');
  // The default workload: 7 processes, two on the CPUs at tick 0, the others still to arrive.
  await expect.poll(() => countsOf(page, 'All types')).toEqual(['7', '5', '0', '2', '0', '0', '0']);
  await expect.poll(() => countsOf(page, 'DATA_PROCESSING')).toEqual(['2', '2', '0', '0', '0', '0', '0']);

  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Step forward', exact: true })).toBeDisabled();
  await expect.poll(() => countsOf(page, 'All types')).toEqual(['7', '0', '0', '0', '0', '0', '7']);

  for (const theme of ['Light', 'Dark']) {
    await page.getByLabel('Theme').selectOption({ label: theme });
    const axe = await new AxeBuilder({ page }).include('.node-status').include('.node-identity').analyze();
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      theme,
    ).toEqual([]);
  }

  // Textbook names leave the AI and blockchain types out, and the per-type panel with them.
  await page.getByRole('switch', { name: 'Textbook names' }).click();
  await expect(page.getByRole('tab', { name: 'AI node status' })).toHaveCount(0);
});

test('a process created now with a network need is counted and shows its bandwidth', async ({ page }) => {
  await openApp(page);
  await timeSlider(page).fill('5');
  await openPanel(page, 'Create process');
  await page.getByRole('textbox', { name: 'Name' }).fill('relay');
  await page.getByRole('combobox', { name: 'Type' }).selectOption('NETWORK_NODE');
  await page.getByRole('textbox', { name: 'Network (Mbit/s)' }).fill('2500');
  await page.getByRole('button', { name: 'Create process' }).click();
  await expect(page.getByText('P9 arrives at tick 5.')).toBeVisible();

  await openPanel(page, 'AI node status');
  await expect.poll(async () => (await countsOf(page, 'NETWORK_NODE'))[0]).toBe('2');

  await openPanel(page, 'Processes');
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Network (Mbit/s)' }).check();
  await page.keyboard.press('Escape');
  const table = page.getByRole('table', { name: 'Processes' });
  await expect(table.getByRole('columnheader', { name: 'Network (Mbit/s)' })).toBeVisible();
  expect(await cellOf(table, 'relay', 'Network (Mbit/s)')).toBe('2500');
  expect(await cellOf(table, 'gossip-p2p', 'Network (Mbit/s)')).toBe('1000');
});

test('with memory on, the process table shows what each process holds in memory', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Preset').selectOption({ label: 'Swapping and virtual memory' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Swapping and virtual memory');
  await timeSlider(page).fill('3');
  await openPanel(page, 'Processes');
  const table = page.getByRole('table', { name: 'Processes' });
  await expect(page.getByRole('heading', { name: /^Processes/ })).toHaveText('Processes at tick 3');
  expect(await cellOf(table, 'etl-batch', 'Memory')).toBe('40 KiB');
  expect(await cellOf(table, 'etl-batch', 'Memory type')).toBe('AI_DATA');
  const resident = Number(await cellOf(table, 'etl-batch', 'Resident pages'));
  const swapped = Number(await cellOf(table, 'etl-batch', 'Swapped pages'));
  // 40 KiB in 4 KiB pages: every page is in a frame or in swap.
  expect(resident + swapped).toBe(10);
});
