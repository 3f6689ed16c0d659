import { AxeBuilder } from '@axe-core/playwright';
import { expect, openPanel, openPreset, test, timeSlider } from './fixtures';

test('Files: the node file system at each tick, a request blocking its process, a typed operation', async ({
  page,
}) => {
  await openPreset(page, "File I/O on a node's disk");
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  const tree = page.getByRole('navigation', { name: 'File tree' });
  // Tick 0: the system has laid out the directories and stored the model.
  await expect(tree.getByRole('button', { name: /^\/models\/llm\.bin, file, inode 4, 256 KiB/ })).toBeVisible();
  await tree.getByRole('button', { name: /^\/models\/llm\.bin/ }).click();
  await expect(page.getByRole('region', { name: 'Inode 4' })).toContainText('64 in 1 run: 4–67');

  // Later the ETL job's dataset is there, and the device has a queue.
  await timeSlider(page).fill('12');
  await expect(tree.getByRole('button', { name: /^\/data\/events\.parquet, file/ })).toBeVisible();
  await openPanel(page, 'Block device');
  await expect(page.getByRole('heading', { name: 'Block device' })).toBeVisible();
  await expect(page.getByText(/requests \(\d+ reads, \d+ writes, 0 refused\)/)).toBeVisible();

  await openPanel(page, 'File operations');
  await page.getByRole('textbox', { name: 'Operation (at the current tick)' }).fill('mkdir /checkpoints');
  await page.getByRole('button', { name: 'Do it' }).click();
  await expect(tree.getByRole('button', { name: /^\/checkpoints, directory/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Operation (at the current tick)' }).fill('rmdir /models');
  await page.getByRole('button', { name: 'Do it' }).click();
  await expect(page.getByText(/rmdir \/models is refused, ENOTEMPTY/).first()).toBeVisible();

  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});
