import { encodeShare } from '../src/core/scenario/share';
import { validateScenario } from '../src/core/scenario/validate';
import { LONE_STRETCHES } from '../src/core/testing/costly';
import { expect, openApp, test } from './fixtures';

test('a 10^9-tick burst alone under RR opens, runs to its end at once, and tells its quanta', async ({ page }) => {
  const v = validateScenario(LONE_STRETCHES['RR quantum 4, a 10^9-tick burst beside a 10-tick one']);
  if (!v.ok) throw new Error('the scenario should be accepted');
  await openApp(page, `./#s=${encodeShare({ scenario: v.scenario })}`);
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  await expect(page.getByText('finished', { exact: true })).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'What happened (newest first)' })
      .getByText(/P1's quantum of 4 ticks expired 249,999,996 times on CPU 0/),
  ).toBeVisible();

  const gantt = page.getByRole('group', { name: /schedule/ });
  await gantt.getByRole('button', { name: 'Show segment table' }).click();
  await expect(
    gantt
      .getByRole('row')
      .filter({ hasText: /ticks 22–1,000,000,006 \(999,999,984\) · 249,999,996 quanta of 4, chosen again alone/ }),
  ).toBeVisible();
});
