import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openPanel, test } from './fixtures';

/** Runs the chosen policies (by the start of their labels) on the default scenario: 2 CPUs and a GPU. */
async function compare(page: Page, policies: string[]): Promise<Locator> {
  await openApp(page);
  await page.getByRole('tab', { name: 'Compare schedulers' }).click();
  const boxes = page.getByRole('group', { name: /Policies to run/ }).getByRole('checkbox');
  // The view loads when first opened: wait for its list before reading it.
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) {
    const name = (await box.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
    await box.setChecked(policies.some((p) => name.startsWith(p)));
  }
  await page.getByRole('button', { name: 'Compare all schedulers' }).click();
  await expect(page.getByText(`Compared ${policies.length} schedulers.`)).toBeVisible();
  return page.getByRole('group', { name: 'Schedules on one time axis' });
}

/** The tick the picture names under the pointer at page x in the middle of a schedule's lanes. */
async function tickUnder(page: Page, picture: Locator, row: Locator, x: number): Promise<number> {
  await row.scrollIntoViewIfNeeded();
  const box = await row.boundingBox();
  if (!box) throw new Error('row not drawn');
  await page.mouse.move(x, box.y + box.height / 2);
  const tip = picture.getByText(/^Tick \d+ · /);
  await expect(tip).toBeVisible();
  return Number(/^Tick (\d+)/.exec((await tip.textContent()) ?? '')?.[1]);
}

test('draws every schedule on one time axis: the same tick at the same x in every row', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const picture = await compare(page, ['FIFO', 'SJF', 'Round Robin']);
  const rows = ['FIFO', 'SJF', 'Round Robin'].map((name) =>
    picture.getByRole('img', { name: new RegExp(`^Gantt chart of ${name}`) }),
  );
  // GPU lanes are part of each schedule.
  for (const row of rows) await expect(row).toHaveAccessibleName(/2 CPUs and 1 GPU/);

  // One plot geometry for all: same left edge, same width.
  const boxes = await Promise.all(rows.map((r) => r.boundingBox()));
  for (const b of boxes) {
    expect(b?.x).toBe(boxes[0]?.x);
    expect(b?.width).toBe(boxes[0]?.width);
  }

  // Pointing straight down through the rows names one tick, and the axis marks it at that very x.
  const first = boxes[0];
  if (!first) throw new Error('no rows');
  for (const fraction of [0.3, 0.55, 0.8]) {
    const x = Math.round(first.x + first.width * fraction);
    const ticks = [];
    for (const row of rows) ticks.push(await tickUnder(page, picture, row, x));
    expect(new Set(ticks).size).toBe(1);
    const mark = await picture.getByText(String(ticks[0]), { exact: true }).boundingBox();
    expect(Math.abs((mark?.x ?? 0) + (mark?.width ?? 0) / 2 - x)).toBeLessThanOrEqual(1);
  }

  // Zoomed in, the rows still share the axis.
  await picture.getByRole('button', { name: 'Zoom in' }).click();
  await expect(picture.getByRole('button', { name: 'Fit' })).toBeEnabled();
  const x = Math.round(first.x + first.width * 0.5);
  const zoomed = [];
  for (const row of rows) zoomed.push(await tickUnder(page, picture, row, x));
  expect(new Set(zoomed).size).toBe(1);
});

test('says how many ticks two schedules differ at, and against which', async ({ page }) => {
  const picture = await compare(page, ['FIFO', 'SJF']);
  await expect(
    picture.getByText(/FIFO and SJF differ at [\d,]+ of [\d,]+ ticks \(shaded\): ticks [\d,]+–[\d,]+/),
  ).toBeVisible();
  await expect(picture.getByText(/differs at \d+ ticks/)).toBeVisible();

  await picture.getByLabel('Shade differences from').selectOption({ label: 'SJF' });
  await expect(picture.getByText(/SJF and FIFO differ at [\d,]+ of [\d,]+ ticks/)).toBeVisible();
});

test('with more schedules, names how much each differs from the reference', async ({ page }) => {
  const picture = await compare(page, ['FIFO', 'SJF', 'SRTF', 'Priority']);
  await expect(
    picture.getByText('Shaded: the ticks where each schedule differs from FIFO; each name says how many.'),
  ).toBeVisible();
  for (const name of ['SJF', 'SRTF', 'Priority']) {
    await expect(
      picture.getByRole('img', { name: new RegExp(`^Gantt chart of ${name}.*(differs at \\d+ ticks|same as FIFO)`) }),
    ).toBeVisible();
  }
});

test('the table and the chart fit at 1024 px: nothing cut off, no labels on top of each other', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await compare(page, [
    'FIFO',
    'SJF',
    'SRTF',
    'Round Robin',
    'Priority',
    'MLFQ',
    'Lottery',
    'EDF',
    'PID scan',
    'Multiprocessor queues',
  ]);
  // The page does not scroll sideways; a table too wide would scroll inside its own box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  const table = page.getByRole('table', { name: /Results per scheduler/ });
  await expect(table.getByRole('columnheader', { name: 'Avg waiting (ticks)' })).toBeVisible();
  // Headers wrap, so at this width no column is hidden even inside the table's own box.
  const region = page.getByRole('region', { name: 'Results table' });
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);

  await openPanel(page, 'Averages chart');
  const chart = page.getByRole('group', { name: /Average waiting, turnaround and response time/ });
  await expect(chart.getByText(/^ticks/)).toBeVisible();
  const names = await chart
    .getByText(/^(FIFO|SJF|SRTF|Round Robin|Priority|MLFQ|Lottery|EDF|PID scan|Multiprocessor queues)/)
    .all();
  const boxes = (await Promise.all(names.map((n) => n.boundingBox()))).filter((b) => b !== null);
  expect(boxes.length).toBe(10);
  boxes.forEach((b, i) => {
    if (i > 0) expect(b.y).toBeGreaterThanOrEqual((boxes[i - 1]?.y ?? 0) + (boxes[i - 1]?.height ?? 0) - 0.5);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`has no serious accessibility problems in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await compare(page, ['FIFO', 'SJF', 'Round Robin']);
    const results = await new AxeBuilder({ page }).include('.compare-view').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
