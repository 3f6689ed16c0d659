import { expect, openPreset, test, timeSlider } from './fixtures';

test('the node file system under indexed allocation: the model’s indirect block, its fragments and its cost', async ({
  page,
}) => {
  await openPreset(page, 'File allocation: indexed (inode, indirect blocks)');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await timeSlider(page).fill('60');
  const figures = page.getByRole('region', { name: 'Allocation: indexed' });
  await expect(figures).toBeVisible();
  const files = figures.getByRole('table', { name: 'Files by fragments' });
  // /data/model.bin: 24 blocks in 5 fragments (the holes the removed shards left), 1 indirect block.
  await expect(files.getByRole('row', { name: '/data/model.bin 24 5 1' })).toBeVisible();
  await expect(files.getByRole('row', { name: '/data/shard-1 5 1 0' })).toBeVisible();
  await expect(figures.getByText('Indirect blocks')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'File tree' })
    .getByRole('button', { name: /^\/data\/model\.bin, file/ })
    .click();
  await expect(page.getByRole('region', { name: /^Inode/ }).getByText('Metadata blocks')).toBeVisible();
  await expect(
    page
      .getByText(
        /reads 64 KiB of \/data\/model\.bin \(16 blocks: none in the page cache, 1 indirect block to find them\)/,
      )
      .first(),
  ).toBeVisible();
});
