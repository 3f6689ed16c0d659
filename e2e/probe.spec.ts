import { expect, openPanel, openPreset, test, timeSlider } from './fixtures';

test('the memory charts opened after a run show all of it, and follow a jump back', async ({ page }) => {
  // The samples over time travel only while a chart is shown: run first, with the charts closed.
  await openPreset(page, 'Swapping and virtual memory');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await expect(page.getByText('finished', { exact: true })).toBeVisible();
  const end = Number(await timeSlider(page).inputValue());

  await openPanel(page, 'Swap and accesses over time');
  const chart = page.getByRole('group', { name: 'Swap occupancy and swap traffic over time' });
  await chart.getByText('Show data').click();
  const lastTick = () => chart.getByRole('row').last().getByRole('rowheader');
  await expect(lastTick()).toHaveText(String(end));

  await timeSlider(page).fill('60');
  await expect(page.getByText(/^Tick 60 \//)).toBeVisible();
  await expect.poll(async () => Number(await lastTick().textContent())).toBeLessThanOrEqual(60);
});
