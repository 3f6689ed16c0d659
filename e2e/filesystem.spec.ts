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

test('the file-system exercise: name each operation from the pictures, graded in any form of the call', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await page.getByLabel('Kind').selectOption('filesystem');
  await page.getByLabel('Seed').fill('7');
  await page.getByLabel('Difficulty').selectOption('2');
  await expect(page.getByRole('table', { name: 'After operation 1' })).toContainText('f a:-1 r:1');
  // seed 7, difficulty 2: creat /r, creat /z, write /z, write /r, unlink /z, link /r /h
  const answers = ['creat /r', 'touch /z', 'write /z', 'write("/r")', 'rm /z', 'link("/r", "/h");'];
  for (const [i, a] of answers.entries()) await page.getByLabel(`Operation ${i + 1}`, { exact: true }).fill(a);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByText('Right: Operation 6 is link /r /h.')).toBeVisible();
  await expect(page.getByText(/6 of 6/)).toBeVisible();
});

test('ffs.py in the browser: the command file box, and the groups drawn by file', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'OSTEP' }).click();
  await page.getByRole('group', { name: 'Examples' }).getByRole('button', { name: 'ffs.py' }).click();
  await expect(page.getByRole('textbox', { name: 'Command file' })).toHaveValue(/file \/models\/weights 40/);
  const groups = page.getByRole('region', { name: 'Cylinder groups' });
  // The 40-block file fills 30 blocks of its group (the large-file exception) and goes on in the next.
  await groups.getByRole('button', { name: 'Mark /models/weights' }).click();
  await expect(groups.getByText(/\/models\/weights \(inode \d+\) holds blocks/)).toBeVisible();
  await expect(page.getByText('span: files')).toBeAttached();

  // A refused command keeps the file; an edited file changes the answer.
  const file = page.getByRole('textbox', { name: 'Command file' });
  await file.fill('dir /a\nfile /a/b 0\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('with 0 blocks');
  await file.fill('dir /a\nfile /a/b 2\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(groups.getByRole('button', { name: 'Mark /a/b' })).toBeVisible();
});

test('lfs.py in the browser: the log by kind, pointers of the chosen block, liveness when asked', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'OSTEP' }).click();
  await page.getByRole('group', { name: 'Examples' }).getByRole('button', { name: 'lfs.py' }).click();
  const log = page.getByRole('region', { name: 'Log' });
  const blocks = log.getByRole('list', { name: 'Log blocks' });
  // The checkpoint region is chosen first: the inode-map piece it points to is marked.
  await expect(log.getByRole('status', { name: 'Chosen block' })).toContainText('checkpoint: 27 --');
  await expect(blocks.getByRole('button', { name: '27: inode-map piece, pointed to' })).toBeVisible();
  await expect(log.getByText(/Live or dead\? Work it out/)).toBeVisible();
  await log.getByRole('checkbox', { name: 'Show which blocks are live' }).check();
  // The block the second write replaced is dead; the file's inode after the delete is live.
  await expect(blocks.getByRole('button', { name: '14: data block, dead' })).toBeVisible();
  await blocks.getByRole('button', { name: /^26: inode, live/ }).click();
  await expect(log.getByRole('status', { name: 'Chosen block' })).toContainText(
    'the inode map points to it as inode 2',
  );
  await expect(blocks.getByRole('button', { name: '17: data block, live, pointed to' })).toBeVisible();
  await log.getByText('Each command and the blocks it appended').click();
  await log.getByRole('button', { name: 'delete file /docs/a' }).click();
  await expect(
    log.getByText(/returned 0\. Appended 24 \(directory block\), 25 \(inode\), 26 \(inode\), 27 \(inode-map piece\)\./),
  ).toBeVisible();
  await page.getByText("OSTEP's output").click();
  await expect(page.getByText(/FINAL file system contents:/)).toBeAttached();
  const violations = (await new AxeBuilder({ page }).include('.ostep-lfs').analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});
