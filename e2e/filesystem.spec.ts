import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

test('vsfs.py: the file system operation by operation, what changed marked and explained', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'OSTEP' }).click();
  // The example under the command box answers every kind of operation.
  await page.getByRole('group', { name: 'Examples' }).getByRole('button', { name: 'vsfs.py' }).click();
  const fs = page.getByRole('region', { name: 'File system' });
  await expect(fs.getByText(/Inode 0 is the root directory/)).toBeVisible();
  await fs.getByRole('button', { name: 'Next' }).click();
  await expect(fs.getByText('Operation 1 of 8: mkdir("/c");')).toBeVisible();
  await expect(fs.getByRole('group', { name: 'Inodes' }).getByRole('listitem', { name: /changed/ })).toHaveCount(2);
  await fs.getByRole('button', { name: 'Go to operation 7' }).click();
  await expect(fs.getByText(/The write took data block 2, the lowest free/)).toBeVisible();
  await page.getByText("OSTEP's output").click();
  // OSTEP's text, whose -c lines name the operation the view is on.
  await expect(page.getByText(/^ARG seed 2/)).toContainText(
    'fd=open("/c/f", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);',
  );
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('fsck.py: the corrupted file system with what changed and what our fsck flags', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'OSTEP' }).click();
  // The example poses the problem without -c: the answers wait behind a summary.
  await page.getByRole('group', { name: 'Examples' }).getByRole('button', { name: 'fsck.py' }).click();
  await page.getByText('Show the answers').click();
  const fs = page.getByRole('region', { name: 'Corrupted file system' });
  await expect(fs.getByText('INODE BITMAP corrupt bit 13')).toBeVisible();
  await expect(fs.getByRole('list', { name: 'fsck findings' })).toContainText(
    'inode 13 is in use but its bitmap bit is 0',
  );
  const bitmap = fs.getByRole('group', { name: 'Inode bitmap' }).first();
  await expect(bitmap.getByRole('listitem', { name: '13: 0, changed from 1, flagged by fsck' })).toBeVisible();
});
