import { expect, openPanel, openPreset, test, timeSlider } from './fixtures';

test('a reference costs its tier: narrated, in the MMU walkthrough and in the pools panel', async ({ page }) => {
  await openPreset(page, 'Paging and address translation');
  await timeSlider(page).fill('4');
  await expect(
    page.getByText(/P1 \(llm-infer\) reads 0x1000: AI_MODEL, tier 1, 2 ticks, plus 1 tick for the page-table walk/),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await openPanel(page, 'MMU walkthrough');
  const mmu = page.getByRole('region', { name: 'MMU walkthrough' });
  await mmu.getByRole('textbox', { name: 'Virtual address' }).fill('0x1A7F');
  await mmu.getByRole('button', { name: 'Translate' }).click();
  await mmu.getByRole('button', { name: 'Show all' }).click();
  await expect(mmu.getByRole('list', { name: 'Translation steps' })).toContainText(
    'The page is AI_MODEL memory, tier 1: the access takes 2 ticks (0.2 ms).',
  );
  await expect(
    mmu.getByText(/3 ticks: 2 ticks for AI_MODEL memory \(tier 1, 0\.2 ms\), 1 tick for the page-table walk/),
  ).toBeVisible();

  await openPanel(page, 'Pools');
  const performance = page.getByRole('table', { name: 'Performance' });
  await expect(performance.getByRole('row').filter({ hasText: 'AI models' })).toContainText(
    /\d+2\.0 ticks \(0\.2 ms\)/,
  );
  await expect(page.getByText(/Processes stalled \d+ ticks/)).toBeVisible();
});

test('automatic compaction, turned on in the memory settings, compacts for a waiting job and says why', async ({
  page,
}) => {
  await openPreset(page, 'Fragmentation and defragmentation');
  await page.getByRole('tab', { name: 'Workload & scheduler' }).click();
  await openPanel(page, 'Memory settings');
  const form = page.getByRole('form', { name: 'Memory management' });
  const auto = form.getByRole('checkbox', { name: 'Compact automatically' });
  await expect(auto).not.toBeChecked();
  await auto.check();
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('tab', { name: 'Simulate' }).click();
  await timeSlider(page).fill('13');
  await expect(
    page.getByText(
      /P7 \(big\) needs 24 contiguous frames: 28 are free but the largest run is 12, so memory is compacted: 28 pages move, 28 ticks/,
    ),
  ).toBeVisible();
  await expect(page.getByText(/cannot use its memory until the compaction ends at tick 40/).first()).toBeVisible();
});
