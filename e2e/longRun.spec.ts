import { encodeShare } from '../src/core/scenario/share';
import { validateScenario } from '../src/core/scenario/validate';
import { WORST_ACCEPTED } from '../src/core/testing/costly';
import { expect, openApp, test } from './fixtures';

test('the link of an expensive scenario opens paused, and running it to the end can be watched and cancelled', async ({
  page,
}) => {
  // Two bursts of 490,000 ticks under RR with quantum 1: about 2 million events, just inside the envelope.
  const v = validateScenario(WORST_ACCEPTED['RR quantum 1, two 4.9*10^5-tick bursts']);
  if (!v.ok) throw new Error('the scenario should be accepted');
  await openApp(page, `./#s=${encodeShare({ scenario: v.scenario })}`);
  await expect(page.getByText(/Tick 0 \/ ≤ \d{1,3}(,\d{3})+$/)).toBeVisible();
  await expect(page.getByText(/long run: up to [\d,]+ decision points/)).toBeVisible();

  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  const progress = page.getByRole('progressbar', { name: 'Running to the end' });
  await expect(progress).toBeVisible();
  // The page answers while the worker works: another view opens, and comes back.
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Memory', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByText('finished', { exact: true })).toBeHidden();
  await expect(page.getByText(/Tick [1-9][\d,]* \/ ≤ \d{1,3}(,\d{3})+$/)).toBeVisible();
});

test('comparing schedulers on an expensive scenario shows its progress and can be cancelled', async ({ page }) => {
  const v = validateScenario(WORST_ACCEPTED['RR quantum 1, two 4.9*10^5-tick bursts']);
  if (!v.ok) throw new Error('the scenario should be accepted');
  await openApp(page, `./#s=${encodeShare({ scenario: v.scenario })}`);
  await page.getByRole('tab', { name: 'Compare schedulers' }).click();
  await page.getByRole('button', { name: 'Compare all schedulers' }).click();
  const progress = page.getByRole('progressbar', { name: 'Comparison progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Running \d+ of \d+: tick [\d,]+…/ })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('button', { name: 'Compare all schedulers' })).toBeEnabled();
});
