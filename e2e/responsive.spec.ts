import { expect, openApp, openPanel, test, timeSlider } from './fixtures';

declare global {
  interface Window {
    bcosLongTasks: number[];
  }
}

test('the main thread stays responsive while 10,000 processes play at full speed', async ({ page }) => {
  test.setTimeout(90_000);
  // Long tasks are main-thread tasks over 50 ms, as the browser itself reports them.
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
  const longTasks = await page.evaluate(() => window.bcosLongTasks);
  expect(longTasks, `main-thread tasks over 50 ms while playing to tick ${tick}`).toEqual([]);
});
