import { expect, openApp, openPanel, test, timeSlider } from './fixtures';

declare global {
  interface Window {
    bcosLongTasks: number[];
  }
}

/** A main-thread task this long is a page that stopped answering. */
const FROZEN_MS = 1000;

test('the main thread stays responsive while 10,000 processes play at full speed', async ({ page }) => {
  test.setTimeout(90_000);
  // Long tasks are main-thread tasks over 50 ms, as the browser itself reports them. The 50 ms target is the bench's
  // (its browser probe plays this run on a quiet machine); here, where the machine may be busy, a task of a second
  // is what fails: a page that freezes while it plays.
  await page.addInitScript(() => {
    window.bcosLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.bcosLongTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  await openApp(page);
  await page.getByRole('tab', { name: 'Workload & scheduler' }).click();
  await openPanel(page, 'Generate');
  const form = page.getByRole('form', { name: 'Generate a workload' });
  await form.getByLabel('Count').fill('10000');
  await form.getByLabel('Arrival span').fill('900000');
  await form.getByRole('button', { name: 'Generate' }).click();
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await expect(timeSlider(page)).toHaveAttribute('max', /^\d{6,}$/);
  await openPanel(page, 'Processes');
  await expect(page.getByRole('row')).not.toHaveCount(0);

  await page.getByLabel('Speed').selectOption({ label: 'As fast as possible' });
  await page.waitForTimeout(500);
  await page.evaluate(() => (window.bcosLongTasks = []));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(4000);
  // The engine may play the whole run in that time; if not, it is paused here.
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isVisible()) await pause.click();
  const tick = Number(await timeSlider(page).inputValue());
  expect(tick).toBeGreaterThan(1000);
  const frozen = (await page.evaluate(() => window.bcosLongTasks)).filter((ms) => ms >= FROZEN_MS);
  expect(frozen, `main-thread tasks of ${FROZEN_MS} ms or more while playing to tick ${tick}`).toEqual([]);
});
