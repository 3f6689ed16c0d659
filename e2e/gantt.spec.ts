import { readFile } from 'node:fs/promises';
import { expect, openApp, test, timeSlider } from './fixtures';

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Preset').selectOption({ label: 'Swapping and virtual memory' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Swapping and virtual memory');
  await timeSlider(page).fill('12');
  await page.getByRole('checkbox', { name: 'Lane per process' }).check();
});

test('a lane per process shows a page-fault wait as such, in words and in the legend', async ({ page }) => {
  const gantt = page.getByRole('group', { name: /schedule/ });
  await expect(gantt.getByRole('img', { name: /Gantt chart/ })).toHaveAccessibleName(
    /A lane per process shows its states: .*waiting for a page \(page fault\)/,
  );
  await expect(gantt.getByRole('list', { name: 'Legend' })).toContainText('waiting for a page (page fault)');
  await gantt.getByRole('button', { name: 'Show segment table' }).click();
  const faultRow = gantt.getByRole('row').filter({ hasText: /etl-batch · waiting for a page \(page fault\)/ });
  await expect(faultRow.first()).toBeVisible();
});

test('the exported SVG carries the scenario title, the policy and the legend of states', async ({ page }) => {
  const gantt = page.getByRole('group', { name: /schedule/ });
  const download = page.waitForEvent('download');
  await gantt.getByRole('button', { name: 'Export SVG' }).click();
  const svg = await readFile((await (await download).path()) as string, 'utf8');
  expect(svg).toMatch(/>Swapping and virtual memory: Round Robin[^<]*<\/text>/);
  expect(svg).toMatch(/class="export-title"/);
  expect(svg).toContain('>waiting for a page (page fault)</text>');
});
