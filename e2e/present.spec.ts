import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, openApp, openPanel, test, timeSlider } from './fixtures';

/** Clicks `button`, waits for the download it starts, and returns its file name and content. */
async function downloadFrom(page: Page, button: Locator): Promise<{ name: string; text: string; bytes: number }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), button.click()])) as [Download, void];
  const path = await download.path();
  const buf = await readFile(path);
  return { name: download.suggestedFilename(), text: buf.toString('utf8'), bytes: buf.length };
}

test('exports the Gantt chart, the metrics and the trace as files', async ({ page }) => {
  await openApp(page);
  await timeSlider(page).fill('12');
  const gantt = page.getByRole('group', { name: / schedule$/ });

  const png = await downloadFrom(page, gantt.getByRole('button', { name: 'Export PNG' }));
  expect(png.name).toBe('bcos-gantt-mlfq-schedule-tick-12.png');
  expect(png.text.slice(1, 4)).toBe('PNG');
  expect(png.bytes).toBeGreaterThan(1000);

  const svg = await downloadFrom(page, gantt.getByRole('button', { name: 'Export SVG' }));
  expect(svg.name).toBe('bcos-gantt-mlfq-schedule-tick-12.svg');
  expect(svg.text).toContain('<svg');
  expect(svg.text).toContain('class="bar"');

  await openPanel(page, 'Metrics');
  const csv = await downloadFrom(page, page.getByRole('button', { name: 'Export CSV' }));
  expect(csv.name).toBe('bcos-metrics-tick-12.csv');
  expect(csv.text.split('\r\n')[0]).toMatch(/^pid,name,type,state,/);
  expect(csv.text).toContain('tick,12');

  const trace = await downloadFrom(page, page.getByRole('button', { name: 'Export trace (JSON)' }));
  expect(trace.name).toBe('bcos-trace-mlfq.json');
  const result = JSON.parse(trace.text) as { finished: boolean; events: unknown[]; traceHash: string };
  expect(result.finished).toBe(true);
  expect(result.events.length).toBeGreaterThan(0);
  // the trace export runs to the end; the simulation comes back to where the user was
  await expect(timeSlider(page)).toHaveValue('12');
});

test('exports the memory grid as PNG and SVG', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Preset').selectOption({ label: 'Swapping and virtual memory' });
  await timeSlider(page).fill('3');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  const grid = page.getByRole('group', { name: 'Memory grid' });
  const png = await downloadFrom(page, grid.getByRole('button', { name: 'Export PNG' }));
  expect(png.name).toBe('bcos-memory-owner.png');
  expect(png.bytes).toBeGreaterThan(100);
  const svg = await downloadFrom(page, grid.getByRole('button', { name: 'Export SVG' }));
  expect(svg.name).toBe('bcos-memory-owner.svg');
  expect(svg.text).toContain('class="frame"');
});

test('presenter mode: large type, clicker keys, Escape leaves', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-present', 'on');
  const rootFont = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(rootFont).toBeGreaterThanOrEqual(20);

  await page.keyboard.press('PageDown');
  await expect(timeSlider(page)).toHaveValue('1');
  await page.keyboard.press('PageDown');
  await expect(timeSlider(page)).toHaveValue('2');
  await page.keyboard.press('PageUp');
  await expect(timeSlider(page)).toHaveValue('1');
  await page.keyboard.press('.');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(async () => Number(await timeSlider(page).inputValue())).toBeGreaterThan(1);
  await page.keyboard.press('.');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveAttribute('data-present', 'on');
});

test('the theme choice is remembered', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
});

test('embed mode shows just the Gantt chart with the playback controls', async ({ page }) => {
  await openApp(page, './?embed=1&view=gantt');
  await expect(page.getByRole('img', { name: /^Gantt chart:/ })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveCount(0);
  await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  await expect(timeSlider(page)).toHaveValue('1');
});

test('works offline after the first visit', async ({ page, context }) => {
  await openApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('A day on a decentralized AI node');
  } finally {
    await context.setOffline(false);
  }
});

test('the built page refers to its assets by relative URLs, so it works from any sub-path', async ({ page }) => {
  const response = await page.request.get('./');
  const html = await response.text();
  const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
  expect(urls.length).toBeGreaterThan(1);
  for (const url of urls) expect(url, url).toMatch(/^(\.\/|data:)/);
});
