import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, openPanel, openPreset, test } from './fixtures';

async function runOstep(page: Page, command: string) {
  await page.getByRole('tab', { name: 'OSTEP' }).click();
  const box = page.getByRole('textbox', { name: 'OSTEP command' });
  await box.fill(command);
  await box.press('Enter');
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('.ostep-bounds').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('relocation.py: base and bounds drawn beside physical memory, each translation explained', async ({ page }) => {
  await openApp(page);
  await runOstep(page, './relocation.py -c');
  const view = page.getByRole('region', { name: 'Base and bounds' });
  await expect(view.getByRole('img')).toHaveAccessibleName(
    'Base and bounds: base and bounds maps VA 0–472 to PA 12418–12890',
  );
  await expect(view.getByRole('row').nth(3)).toContainText('segmentation violation: VA 0x20b ≥ bounds 0x1d8');
  expect(await seriousViolations(page)).toEqual([]);
});

test('segmentation.py: segment 1 drawn growing down from its base', async ({ page }) => {
  await openApp(page);
  await runOstep(page, './segmentation.py -c');
  const view = page.getByRole('region', { name: 'Segments' });
  await expect(view.getByRole('img')).toHaveAccessibleName(
    'Segments: segment 0 maps VA 0–472 to PA 6890–7362; segment 1 maps VA 574–1024 to PA 4242–4692',
  );
  await expect(view.getByRole('row').nth(3)).toContainText('PA = base 0x1254 − 0xde = 0x1176');
});

test('the MMU walkthrough steps through base and bounds and segmentation too', async ({ page }) => {
  await openPreset(page, 'Paging and address translation');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await openPanel(page, 'MMU walkthrough');
  const walk = page.getByRole('region', { name: 'Base-and-bounds and segmentation walkthrough' });
  await walk.getByRole('combobox', { name: 'Translation mode' }).selectOption('segmentation');
  await walk.getByRole('textbox', { name: 'Virtual address' }).fill('802');
  await walk.getByRole('button', { name: 'Translate' }).click();
  await walk.getByRole('button', { name: 'Show all' }).click();
  await expect(walk.getByRole('list', { name: 'Register translation steps' })).toContainText(
    'PA = base 0x1254 − 0xde = 0x1176.',
  );
});
