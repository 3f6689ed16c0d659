import { expect, openPanel, openPreset, test, timeSlider } from './fixtures';

test('user memory shows as general memory, in no pool, beside the pools', async ({ page }) => {
  await openPreset(page, 'Paging and address translation');
  await timeSlider(page).fill('2');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await openPanel(page, 'Pools');
  const general = page.getByRole('meter', { name: 'General memory (user, cache)' });
  await expect(general).toHaveAttribute('aria-valuetext', /% of memory$/);
  await expect(page.getByText(/in no pool: any free frame, swapped out when memory is short/)).toBeVisible();
});

test('a workload generated with memory on fits it and runs to the end', async ({ page }) => {
  await openPreset(page, 'Memory types and constraints');
  await page.getByRole('tab', { name: 'Workload & scheduler' }).click();
  await openPanel(page, 'Generate');
  const form = page.getByRole('form', { name: 'Generate a workload' });
  await expect(form.getByText(/Memory management is on \(256 KiB\)/)).toBeVisible();
  await form.getByRole('button', { name: 'Generate' }).click();
  await page.getByRole('tab', { name: 'Simulate' }).click();
  const end = await timeSlider(page).getAttribute('max');
  await timeSlider(page).fill(end ?? '0');
  await openPanel(page, 'Processes');
  const rows = page.getByRole('row').filter({ hasText: /TERMINATED|NEW|READY|RUNNING|WAITING/ });
  await expect(rows).toHaveCount(12);
  await expect(page.getByRole('row').filter({ hasText: 'TERMINATED' })).toHaveCount(12);
});
