import { AxeBuilder } from '@axe-core/playwright';
import { expect, openPanel, openPreset, test } from './fixtures';

test('Files: the Layouts panel puts vsfs, FFS and LFS side by side on one workload', async ({ page }) => {
  await openPreset(page, "File I/O on a node's disk");
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await openPanel(page, 'Layouts');
  await expect(page.getByRole('heading', { name: 'Layouts compared' })).toBeVisible();
  for (const label of ['vsfs (lowest free)', 'FFS (cylinder groups)', 'LFS (the log)']) {
    const column = page.getByRole('region', { name: label });
    await expect(
      column.getByRole('img', { name: new RegExp(`^Disk map, ${label.replace(/[()]/g, '\\$&')}:`) }),
    ).toBeVisible();
    await expect(column.getByRole('table', { name: `Files under ${label}` })).toBeVisible();
  }
  // The example's big model file: in one run under vsfs, spread over groups by FFS's large-file exception.
  const ffs = page.getByRole('table', { name: 'Files under FFS (cylinder groups)' });
  await expect(
    ffs
      .getByRole('row', { name: /\/models\/weights/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('3');
  await expect(page.getByRole('table', { name: 'Blocks written per operation: LFS (the log)' })).toBeVisible();

  // The scenario's own operations: the model it stores at tick 0, under its first name (of two, by a hard link).
  await page.getByRole('radio', { name: /This scenario's file operations/ }).check();
  await expect(
    page.getByRole('table', { name: 'Files under vsfs (lowest free)' }).getByRole('row', { name: /\/models\/current/ }),
  ).toBeVisible();

  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('Files under FFS: the disk map a cylinder group a row, the narration saying where each file went', async ({
  page,
}) => {
  await openPreset(page, 'File-system layout: FFS (cylinder groups)');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await expect(
    page.getByRole('img', { name: /^Disk map, 4 cylinder groups of 64 blocks: \d+ of 256 data blocks in use/ }),
  ).toBeVisible();
  await expect(page.getByText(/\/models\/llm\.bin: inode 34 in group 2, beside its directory \/models/)).toBeVisible();
});
