import { expect, openApp, openPanel, test } from './fixtures';

test('drives the simulation from the console: create, list, kill, dashboard, and a bad command', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'Console command' });
  const log = page.getByRole('log');
  await expect(input).toBeVisible();

  await input.fill('create miner USER 5');
  await input.press('Enter');
  await expect(log).toContainText(/Created P8 \(miner\): USER, bursts 5, priority 0, arriving at tick 0\./);
  await expect(log).toContainText('P8 (miner) is created');

  await input.fill('list');
  await input.press('Enter');
  await expect(log).toContainText(/P8\s+miner\s+USER/);

  await input.fill('kill 1');
  await input.press('Enter');
  await expect(log).toContainText(/P1 .* is killed/);

  await input.fill('dashboard');
  await input.press('Enter');
  await expect(log).toContainText(/Tick 0 of \d+ · /);
  await expect(log).toContainText('CPU use so far:');

  await input.fill('kill x');
  await input.press('Enter');
  await expect(log).toContainText("kill: PID must be a whole number, got 'x'");

  // The same run the buttons drive: the process table elsewhere shows the console's changes.
  await input.press('ArrowUp');
  await expect(input).toHaveValue('kill x');
  await input.fill('sus');
  await input.press('Tab');
  await expect(input).toHaveValue('suspend ');
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await openPanel(page, 'Processes');
  await expect(page.getByRole('row').filter({ hasText: 'miner' })).toBeVisible();
  await page.getByRole('button', { name: 'Actions for P1' }).click();
  await expect(page.getByRole('button', { name: 'Kill P1' })).toBeDisabled();
});
