import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, test, timeSlider } from './fixtures';

/** Serious and critical axe violations, with where they are, for a readable failure. */
async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

const VIEWS = [
  'Simulate',
  'Memory',
  'Workload & scheduler',
  'Compare schedulers',
  'Console',
  'Presets',
  'Exercises',
  'Lessons',
  'OSTEP',
  'Network',
];

for (const theme of ['Light', 'Dark'] as const) {
  test(`no serious or critical accessibility violations on any view or panel, ${theme.toLowerCase()} theme`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openApp(page);
    await page.getByLabel('Theme').selectOption({ label: theme });
    await page.getByLabel('Preset').selectOption({ label: 'Swapping and virtual memory' });
    // Mid-run, with processes running, waiting and done: the states whose rows and chips have their own colours.
    await timeSlider(page).fill('6');
    for (const view of VIEWS) {
      await page.getByRole('tab', { name: view, exact: true }).click();
      // A view loads when first opened: check it once it is there, with its panels.
      await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
      if (view === 'Compare schedulers') {
        await page.getByRole('button', { name: 'Compare all schedulers' }).click();
        await expect(page.getByText(/Compared \d+ schedulers/)).toBeVisible();
      }
      expect(await seriousViolations(page), `${view} view`).toEqual([]);
      const panels = page.getByRole('region', { name: /panels$/ }).getByRole('tab');
      for (const name of await panels.allInnerTexts()) {
        await panels.filter({ hasText: name }).first().click();
        await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
        expect(await seriousViolations(page), `${view} view, ${name} panel`).toEqual([]);
      }
    }
  });
}

test('the main flow works from the keyboard alone', async ({ page }) => {
  await openApp(page);
  // Tab to the Play button and press it; then pause, step and reset with keys.
  await page.keyboard.press('Tab');
  let guard = 0;
  while (
    !(await page.getByRole('button', { name: 'Play', exact: true }).evaluate((el) => el === document.activeElement)) &&
    guard++ < 40
  ) {
    await page.keyboard.press('Tab');
  }
  expect(guard).toBeLessThan(40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => Number(await timeSlider(page).inputValue())).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Tab'); // on to the next control: focus is visible and moves on
  const focused = await page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
  );
  expect(focused).toBeTruthy();
  // Switch views with the keyboard: tabs are buttons, reachable and pressable.
  await page.getByRole('tab', { name: 'Memory', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Memory', exact: true })).toHaveAttribute('aria-selected', 'true');
});
