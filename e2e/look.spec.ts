import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Scenario } from '../src/core/index';
import { encodeShare } from '../src/core/scenario/share';
import { validateScenario } from '../src/core/scenario/validate';
import { expect, openApp, openPanel, test, timeSlider } from './fixtures';

const processTable = (page: Page) => page.getByRole('table', { name: 'Processes' });
const queues = (page: Page) => page.getByRole('region', { name: 'Queues' });
const rowOf = (page: Page, pid: number) =>
  processTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: `P${pid}`, exact: true }) });
/** Emoji and other pictographs, which Linux lab machines without an emoji font show as empty boxes. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

test.use({ viewport: { width: 1440, height: 900 } });

test('process types and states are drawn icons with names, never emoji', async ({ page }) => {
  await openApp(page);
  await timeSlider(page).fill('6');
  await expect(queues(page).getByRole('img', { name: 'AI inference' }).first()).toBeVisible();
  for (const part of [queues(page), page.getByRole('list', { name: 'Legend' })])
    expect(await part.innerText()).not.toMatch(PICTOGRAPH);
  await openPanel(page, 'Processes');
  await expect(rowOf(page, 3)).toContainText('AI_INFERENCE');
  await expect(rowOf(page, 3).locator('svg').first()).toBeVisible();
  expect(await processTable(page).innerText()).not.toMatch(PICTOGRAPH);
});

test('"Textbook names" shows plain P1…Pn, hides the type column, and is remembered', async ({ page }) => {
  await openApp(page);
  await timeSlider(page).fill('6');
  await openPanel(page, 'Processes');
  await expect(processTable(page).getByRole('columnheader', { name: 'Type' })).toBeVisible();
  await page.getByRole('switch', { name: 'Textbook names' }).check();
  await expect(processTable(page).getByRole('columnheader', { name: 'Type' })).toHaveCount(0);
  await expect(processTable(page)).not.toContainText('llm-infer');
  await expect(page.getByRole('list', { name: 'Legend' })).not.toContainText('llm-infer');
  await openPanel(page, 'Queues');
  await expect(queues(page).getByRole('img')).toHaveCount(0);
  await openPanel(page, 'Processes');
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Textbook names' })).toBeChecked();
  await expect(processTable(page).getByRole('columnheader', { name: 'Type' })).toHaveCount(0);
});

test('the process table fits 1440 px, and the Columns menu adds a column that is remembered', async ({ page }) => {
  await openApp(page);
  await openPanel(page, 'Processes');
  const wrap = page.locator('.process-table-wrap');
  expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('dialog', { name: 'Columns' }).getByRole('checkbox', { name: 'Page faults' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Columns' })).toHaveCount(0);
  await expect(processTable(page).getByRole('columnheader', { name: 'Page faults' })).toBeVisible();
  await page.reload();
  await expect(processTable(page).getByRole('columnheader', { name: 'Page faults' })).toBeVisible();
});

test('a row menu holds the actions of its process', async ({ page }) => {
  await openApp(page);
  await timeSlider(page).fill('3');
  await openPanel(page, 'Processes');
  await page.getByRole('button', { name: 'Actions for P3' }).click();
  const menu = page.getByRole('dialog', { name: 'Actions for P3' });
  await expect(menu.getByRole('button', { name: 'Resume P3' })).toBeDisabled();
  await menu.getByRole('button', { name: 'Suspend P3' }).click();
  await expect(menu).toHaveCount(0);
  await expect(rowOf(page, 3)).toContainText('SUSPENDED');
  await page.getByRole('button', { name: 'Actions for P3' }).click();
  await expect(menu.getByRole('button', { name: 'Resume P3' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Actions for P3' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the table, its running rows and its menus pass axe in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await timeSlider(page).fill('6');
    await openPanel(page, 'Processes');
    await expect(processTable(page).getByRole('row').filter({ hasText: 'RUNNING' }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Actions for P3' }).click();
    const results = await new AxeBuilder({ page })
      .include('section[aria-labelledby="process-table-heading"]')
      .include('[role="dialog"]')
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test.describe('on a 1024 px screen', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('PID and name stay in view when the table scrolls sideways', async ({ page }) => {
    await openApp(page);
    await openPanel(page, 'Processes');
    await page.getByRole('button', { name: 'Columns' }).click();
    for (const name of ['I/O', 'Switches', 'Page faults', 'CPU/GPUs held'])
      await page.getByRole('dialog', { name: 'Columns' }).getByRole('checkbox', { name }).check();
    await page.keyboard.press('Escape');
    const pid = processTable(page).getByRole('cell', { name: 'P1', exact: true });
    await pid.scrollIntoViewIfNeeded();
    const before = await pid.boundingBox();
    const wrap = page.locator('.process-table-wrap');
    await wrap.evaluate((el) => el.scrollBy(400, 0));
    expect(await wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await pid.boundingBox())?.x).toBe(before?.x);
    await expect(rowOf(page, 1).getByRole('cell', { name: 'kernel-sysd' })).toBeInViewport();
  });
});

test('10,000 processes stay virtualised, with a working row menu at the bottom', async ({ page }) => {
  // Only the required fields, so that the link stays under its 1 MB limit; the page fills in the defaults.
  const processes = Array.from({ length: 10_000 }, (_, i) => ({
    pid: i + 1,
    name: 'job',
    type: 'USER',
    arrival: 0,
    bursts: [1],
  }));
  const scenario = { format: 'bcos-scenario', version: 1, scheduler: { policy: 'FIFO' }, processes };
  if (!validateScenario(scenario).ok) throw new Error('the scenario should be accepted');
  await openApp(page, `./#s=${encodeShare({ scenario: scenario as unknown as Scenario })}`);
  await openPanel(page, 'Processes');
  await expect(processTable(page)).toHaveAttribute('aria-rowcount', '10001');
  expect(await processTable(page).getByRole('row').count()).toBeLessThan(100);
  await page.locator('.process-table-wrap').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.getByRole('button', { name: 'Actions for P10000' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Actions for P10000' }).getByRole('button', { name: 'Kill P10000' }),
  ).toBeEnabled();
});
