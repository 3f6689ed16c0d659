import { test as base, expect, type Page } from '@playwright/test';

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
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

/** Opens the app and waits until the default scenario is loaded and playable. */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

export function timeSlider(page: Page) {
  return page.getByRole('slider', { name: 'Time' });
}
