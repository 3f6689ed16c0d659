import { expect, openPanel, openPreset, test, timeSlider } from './fixtures';

test('page faults block a process in the scheduler, and the memory view shows frames and swap', async ({ page }) => {
  await openPreset(page, 'Swapping and virtual memory');
  // The first fault comes at tick 10: its references stall etl-batch for their latency before then.
  await timeSlider(page).fill('10');
  await expect(page.getByText(/page fault at 0x2000/).first()).toBeVisible();
  await openPanel(page, 'Processes');
  await expect(page.getByRole('row').filter({ hasText: 'etl-batch' })).toContainText('WAITING');

  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Memory grid' })).toBeVisible();
  await expect(page.getByRole('img', { name: /frame/i }).first()).toBeVisible();
  await openPanel(page, 'Swap space');
  await expect(page.getByText(/Swap-ins: \d+/)).toBeVisible();
  await openPanel(page, 'Page table');
  await expect(page.getByRole('heading', { name: 'Page table' })).toBeVisible();
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: /swap slot/ })
      .first(),
  ).toBeVisible();
});

test('the MMU walkthrough splits an address and steps through the translation', async ({ page }) => {
  await openPreset(page, 'Paging and address translation');
  await timeSlider(page).fill('4');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await openPanel(page, 'MMU walkthrough');
  const mmu = page.getByRole('region', { name: 'MMU walkthrough' });
  const address = mmu.getByRole('textbox', { name: 'Virtual address' });
  await address.fill('0x1A7F');
  await mmu.getByRole('button', { name: 'Translate' }).click();
  const steps = mmu.getByRole('list', { name: 'Translation steps' });
  await expect(steps).toBeVisible();
  await mmu.getByRole('button', { name: 'Show all' }).click();
  await expect(steps).toContainText(/physical/i);
  // A bad address is refused inline, naming the limit.
  await address.fill('-5');
  await mmu.getByRole('button', { name: 'Translate' }).click();
  await expect(mmu.getByText(/must not be negative/)).toBeVisible();
});

test('compaction fixes external fragmentation and lets the waiting job in', async ({ page }) => {
  await openPreset(page, 'Fragmentation and defragmentation');
  await timeSlider(page).fill('12');
  await expect(page.getByText(/no run of 24 free frames/).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await openPanel(page, 'Fragmentation');
  const frag = page.getByRole('region', { name: 'Fragmentation' });
  const external = frag.getByRole('group', { name: 'External fragmentation' }).first();
  await expect(external).toContainText('57');
  await frag.getByRole('button', { name: /Defragment/ }).click();
  await expect(frag.getByText(/moved|pages/).first()).toBeVisible();
  await expect(external).toContainText('0 %');
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await expect(page.getByText(/P7 \(big\) gets 96 KiB/).first()).toBeVisible();
});

test("the replacement comparison shows Belady's anomaly", async ({ page }) => {
  await openPreset(page, 'Memory performance analysis');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await openPanel(page, 'Replacement policies');
  const cmp = page.getByRole('region', { name: 'Compare page-replacement policies' });
  await cmp.getByRole('button', { name: /Belady/ }).click();
  // One table per frame count: FIFO misses 9 times with 3 frames and 10 times with 4.
  const fifo = (n: number) => cmp.getByRole('table').nth(n).getByRole('row').filter({ hasText: 'FIFO' }).first();
  await expect(fifo(0)).toContainText(/FIFO\s*3\s*9/);
  await expect(fifo(1)).toContainText(/FIFO\s*2\s*10/);
  await expect(cmp.getByText(/Belady's anomaly — more frames, more faults/)).toBeVisible();
});
