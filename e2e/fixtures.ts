import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught exception in the page. The first-visit welcome card is
 * dismissed beforehand (as after any visit), unless a test says `welcome: true` to see it.
 */
export const test = base.extend<{ page: Page; welcome: boolean }>({
  welcome: [false, { option: true }],
  page: async ({ page, welcome }, use) => {
    if (!welcome)
      await page.addInitScript(() => {
        // Pages without storage (about:blank) have nothing to dismiss.
        try {
          localStorage.setItem('bcos.welcome.dismissed', '1');
        } catch {
          /* no storage here */
        }
      });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await use(page);
    expect(problems, 'errors in the page').toEqual([]);
  },
});
export { expect };

/**
 * Opens the app and waits until its scenario is loaded (and playable, on a view with the playback bar; a link
 * may open a view without one).
 */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.app[data-loaded="true"]')).toBeVisible();
  const play = page.getByRole('button', { name: 'Play', exact: true });
  if (await play.count()) await expect(play).toBeEnabled();
}

/** Opens the app on one of the presets, by its title, once the title shows it is loaded. */
export async function openPreset(page: Page, title: string): Promise<void> {
  await openApp(page);
  await page.getByLabel('Preset').selectOption({ label: title });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

/** Opens one of the panels in the drawer under a view's main picture (Queues, Processes, MMU walkthrough, …). */
export async function openPanel(page: Page, name: string): Promise<void> {
  await page
    .getByRole('region', { name: /panels$/ })
    .getByRole('tab', { name, exact: true })
    .click();
}

export function timeSlider(page: Page) {
  return page.getByRole('slider', { name: 'Time' });
}
