import type { Locator, Page } from '@playwright/test';
import { expect, openPreset, test, timeSlider } from './fixtures';

/** 7,003 ticks: the longest preset run but one, long enough for grouped digits in the counter. */
const MIGRATION = 'Network: live migration three ways';

test('the tick counter groups its digits, on the page and for screen readers', async ({ page }) => {
  await openPreset(page, MIGRATION);
  await timeSlider(page).fill('3501');
  await expect(page.getByText('Tick 3,501 / 7,003', { exact: true })).toBeVisible();
  await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'tick 3,501 of 7,003');
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await expect(page.getByText('Tick 7,003 / 7,003', { exact: true })).toBeVisible();
});

/** The vertical middle of an element, in page pixels. */
const middle = async (l: Locator) => {
  const box = (await l.boundingBox())!;
  return box.y + box.height / 2;
};

/** Every part of the playback bar sits on the row of its first button. */
async function expectOneRow(page: Page, parts: Locator[]) {
  const row = await middle(page.getByRole('button', { name: 'Reset', exact: true }));
  for (const part of parts) expect(Math.abs((await middle(part)) - row)).toBeLessThan(8);
}

test.describe('at 900×700', () => {
  test.use({ viewport: { width: 900, height: 700 } });

  test('the playback bar is one row: the counter and "finished" stay beside the slider, and Pause takes no more room', async ({
    page,
  }) => {
    await openPreset(page, MIGRATION);
    const speed = page.getByRole('combobox', { name: 'Speed' });
    await page.getByRole('button', { name: 'Run to end', exact: true }).click();
    const finished = page.getByText('finished', { exact: true });
    await expect(finished).toBeVisible();
    const counter = page.getByText('Tick 7,003 / 7,003', { exact: true });
    await expectOneRow(page, [speed, timeSlider(page), counter, finished]);

    await timeSlider(page).fill('3501');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    await expect(pause).toBeVisible();
    await expectOneRow(page, [pause, speed, timeSlider(page), page.getByText(/^Tick [\d,]+ \/ 7,003$/)]);
    await pause.click();
  });
});
