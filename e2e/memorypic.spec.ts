import { expect, openApp, openPanel, openPreset, test, timeSlider } from './fixtures';

test('the memory grid numbers its rows and zooms to 64 px per frame', async ({ page }) => {
  await openPreset(page, 'Memory performance analysis');
  await timeSlider(page).fill('200');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  const grid = page.getByRole('group', { name: 'Memory grid' });
  await expect(grid.getByRole('img', { name: /48 frames of 4 KiB.*Rows of \d+ frames/ })).toBeVisible();
  const zoomIn = grid.getByRole('button', { name: 'Zoom in' });
  const zoomOut = grid.getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 10 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
  await expect(grid.getByText('4 px per frame')).toBeVisible();
  for (let i = 0; i < 10 && !(await grid.getByText('64 px per frame').isVisible()); i++) await zoomIn.click();
  await expect(grid.getByText('64 px per frame')).toBeVisible();
  // the canvas is as wide as its box, and cells are 64 px: rows of a power of two
  await expect(grid.getByRole('img', { name: /Rows of (1|2|4|8|16|32|64) frames/ })).toBeVisible();
});

test('the MMU walkthrough lights the page-table row and the frame, and says its result in a sentence', async ({
  page,
}) => {
  await openPreset(page, 'Paging and address translation');
  await timeSlider(page).fill('4');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  // The walkthrough's panel holds the TLB and the page table it lights, beside it.
  await openPanel(page, 'MMU walkthrough');
  const mmu = page.getByRole('region', { name: 'MMU walkthrough' });
  await mmu.getByRole('textbox', { name: 'Virtual address' }).fill('0x1A7F');
  await mmu.getByRole('button', { name: 'Translate' }).click();
  await mmu.getByRole('button', { name: 'Show all' }).click();
  // TLB miss, one page-table read: page 1 of P1 is in frame 0
  await expect(
    mmu.getByText(
      'Frame 0, offset 0xa7f: physical address 0xa7f, 3 ticks: 2 ticks for AI_MODEL memory (tier 1, 0.2 ms), 1 tick for the page-table walk (TLB miss). A process making this reference stalls on its CPU for them.',
    ),
  ).toBeVisible();
  const grid = page.getByRole('group', { name: 'Memory grid' });
  await expect(grid.getByText('Highlighted: Frame 0 · P1 llm-infer · page 1 · AI_MODEL · PINNED')).toBeVisible();
  const table = page.getByRole('table', { name: 'Page table of P1' });
  await expect(table.locator('tr[aria-current="true"] td').first()).toHaveText('1');
  // stepping back to the TLB lookup, no frame is known yet
  await mmu.getByRole('button', { name: 'Previous step' }).click();
  await mmu.getByRole('button', { name: 'Previous step' }).click();
  await expect(grid.getByText(/Highlighted/)).toHaveCount(0);
});

test('the TLB view lists entries, hits and misses and marks the latest translation', async ({ page }) => {
  await openPreset(page, 'Memory performance analysis');
  await timeSlider(page).fill('100');
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await openPanel(page, 'MMU walkthrough');
  const tlb = page.getByRole('region', { name: 'TLB' });
  await expect(tlb.getByText(/Hits: \d+ · Misses: \d+/)).toBeVisible();
  const table = tlb.getByRole('table', { name: 'TLB entries' });
  await expect(table.getByRole('columnheader', { name: 'Process (ASID)' })).toBeVisible();
  await expect(table.locator('tr[aria-current="true"]')).toContainText('used by the latest translation');
});

test('memory turned on for the default scenario shows a grid that fills its box', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await page.getByRole('button', { name: 'Turn on memory management' }).click();
  // The default workload needs more than the largest memory: the dialog proposes a fit.
  await page.getByRole('button', { name: 'Turn on with this memory' }).click();
  const grid = page.getByRole('group', { name: 'Memory grid' });
  const canvas = grid.getByRole('img', { name: /Physical memory/ });
  await expect(canvas).toBeVisible();
  const [box, wrap] = await Promise.all([canvas.boundingBox(), grid.boundingBox()]);
  expect(box!.width).toBeGreaterThan(wrap!.width * 0.9);
});
