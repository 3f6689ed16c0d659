import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

test('paging-multilevel-translate.py: the dump as pages, each walk stepped with the pages lit in turn', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'OSTEP' }).click();
  const box = page.getByRole('textbox', { name: 'OSTEP command' });
  await box.fill('./paging-multilevel-translate.py -s 0 -n 2 -c');
  await box.press('Enter');
  const view = page.getByRole('region', { name: 'Two-level page table' });
  await expect(view.getByRole('img', { name: /page 108: the page directory/ })).toBeVisible();
  const walk = view.getByRole('list', { name: 'The walk' });
  await view.getByRole('button', { name: 'Next' }).click();
  await expect(walk.getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(walk).toContainText('PDE at 0xd98 (page 108, entry 24) = 0xa1: valid, page table in page 33');
  await expect(view.getByRole('table', { name: /Page 108 \(directory\), byte by byte/ })).toBeVisible();
  // → steps on anywhere in the view: the table page, then the data page
  await view.getByRole('button', { name: 'Next' }).press('ArrowRight');
  await expect(view.getByRole('table', { name: /Page 33 \(page table\), byte by byte/ })).toBeVisible();
  await view.getByRole('button', { name: 'Last' }).click();
  await expect(view.getByText(/Address 2 of 2/)).toContainText('Fault: the page table entry is not valid');
  const results = await new AxeBuilder({ page }).include('.ostep-multilevel').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
