import { expect, openApp, openPanel, test, timeSlider } from './fixtures';

test('builds a workload, picks a scheduler and plays it to the end', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Workload & scheduler' }).click();

  // Remove all but one process, then add two of our own.
  for (const pid of [2, 3, 4, 5, 6, 7]) await page.getByRole('button', { name: `Remove P${pid}`, exact: true }).click();
  await expect(page.getByRole('button', { name: /^Remove P/ })).toHaveCount(1);

  const add = async (pid: number, name: string, bursts: string) => {
    await page.getByRole('button', { name: 'Add process' }).click();
    const form = page.getByRole('form', { name: 'New process' });
    await form.getByLabel('PID').fill(String(pid));
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Bursts').fill(bursts);
    await form.getByRole('button', { name: 'Save process' }).click();
    await expect(page.getByRole('button', { name: `Remove P${pid}`, exact: true })).toBeVisible();
  };
  await add(8, 'miner', '6');
  // A burst of 0 is refused inline, naming the field, and nothing is saved.
  await page.getByRole('button', { name: 'Add process' }).click();
  const form = page.getByRole('form', { name: 'New process' });
  await form.getByLabel('PID').fill('9');
  await form.getByLabel('Name').fill('broken');
  await form.getByLabel('Bursts').fill('5, -1, 2');
  await form.getByRole('button', { name: 'Save process' }).click();
  await expect(form.getByLabel('Bursts')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Bursts').fill('5, 2, 2');
  await form.getByRole('button', { name: 'Save process' }).click();
  await expect(page.getByRole('button', { name: 'Remove P9', exact: true })).toBeVisible();

  await openPanel(page, 'Scheduler and options');
  await page.getByLabel('Scheduler', { exact: true }).selectOption({ label: 'Round Robin' });
  await page.getByLabel('Quantum').fill('0');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(
    page
      .getByText(/quantum/i)
      .and(page.getByText(/at least 1|from 1|≥ 1/))
      .first(),
  ).toBeVisible();
  await page.getByLabel('Quantum').fill('3');
  await page.getByRole('button', { name: 'Apply' }).click();

  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByLabel('Speed').selectOption({ label: 'As fast as possible' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const max = await timeSlider(page).getAttribute('max');
  await expect(timeSlider(page)).toHaveValue(max as string);
  await expect(page.getByText(/head of the round-robin queue/).first()).toBeVisible();
  await openPanel(page, 'Processes');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'miner' })).toContainText('TERMINATED');
});

test('compares every scheduler on the same workload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Compare schedulers' }).click();
  await page.getByRole('button', { name: 'Compare all schedulers' }).click();
  await expect(page.getByText(/Compared \d+ schedulers/)).toBeVisible();
  const table = page.getByRole('table').first();
  for (const name of ['FIFO', 'SJF', 'SRTF', 'Round Robin', 'Priority', 'MLFQ', 'Lottery', 'EDF']) {
    await expect(table.getByRole('row').filter({ hasText: name }).first()).toBeVisible();
  }
  await expect(table.getByText(/best/).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Gantt chart/ }).first()).toBeVisible();
});
