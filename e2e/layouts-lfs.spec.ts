import { expect, openPanel, openPreset, test, timeSlider } from './fixtures';

test('Files under LFS: the log fills with overwrites and its cleaner frees segments, in the view and the Layouts panel', async ({
  page,
}) => {
  await openPreset(page, 'File-system layout: LFS (a log and its cleaner)');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await timeSlider(page).fill('20');
  // exact: the narration's line, not the live region that announces it with the other new lines
  await expect(
    page
      .getByText(/^t=20 · File system: the log's cleaner, before .*: segment \d+ cleaned: \d+ of 16 blocks live/)
      .first(),
  ).toBeVisible();
  const log = page.getByRole('region', { name: 'The log (LFS)' });
  await expect(log).toContainText('241 blocks in segments of 16');
  await expect(log.getByRole('definition').nth(3)).toHaveText(/^[1-9]\d*$/);

  await openPanel(page, 'Layouts');
  const cleaner = page.getByRole('region', { name: 'Cleaner: LFS (the log)' });
  await expect(
    cleaner.getByRole('list', { name: 'Segments cleaned: LFS (the log)' }).getByRole('listitem').first(),
  ).toContainText(/segment \d+ cleaned: \d+ of 16 blocks live.*greedy picks the fewest live/);
  await page.getByRole('combobox', { name: 'Cleaner policy' }).selectOption('cost-benefit');
  await expect(cleaner.getByRole('listitem').first()).toContainText('cost-benefit picks the highest (1−u)·age/(1+u)');
});
