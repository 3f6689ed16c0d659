import { AxeBuilder } from '@axe-core/playwright';
import { makeExercise } from '../src/core/teach/exercise';
import { expect, openApp, openPanel, openPreset, test, timeSlider } from './fixtures';

test('Files: the node file system at each tick, a request blocking its process, a typed operation', async ({
  page,
}) => {
  await openPreset(page, "File I/O on a node's disk");
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  const tree = page.getByRole('navigation', { name: 'File tree' });
  // Tick 0: the system has laid out the directories and stored the model.
  await expect(tree.getByRole('button', { name: /^\/models\/llm\.bin, file, inode 3, 256 KiB/ })).toBeVisible();
  await tree.getByRole('button', { name: /^\/models\/llm\.bin/ }).click();
  await expect(page.getByRole('region', { name: 'Inode 3' })).toContainText('64 in 1 run: 3–66');

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

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test("the tree keeps a file's name whole, and the disk map's legend shows its colours before Memory is opened", async ({
    page,
  }) => {
    await openPreset(page, "File I/O on a node's disk");
    await page.getByRole('tab', { name: 'Files', exact: true }).click();
    await timeSlider(page).fill('12');
    const file = page
      .getByRole('navigation', { name: 'File tree' })
      .getByRole('button', { name: /^\/data\/events\.parquet, file/ });
    // The size goes below a name that does not fit beside it; the name does not break before its last letters.
    const name = file.getByText('events.parquet', { exact: true });
    const line = await name.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await name.boundingBox())!.height).toBeLessThan(1.5 * line);
    // The swatches are drawn by the memory views' Swatch; their size must not wait for the Memory view's styles.
    const swatches = page.getByRole('list', { name: 'Legend' }).first().locator('[aria-hidden="true"]');
    expect(await swatches.count()).toBeGreaterThan(0);
    for (const box of await swatches.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width)))
      expect(box).toBeGreaterThan(5);
  });
});

test('Files: the disk map, the ledger verified and tampered with, a crash in each journal mode', async ({ page }) => {
  await openPreset(page, "File I/O on a node's disk");
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  // The disk map names what holds the blocks; the model's 64 blocks are the selected file's once it is chosen.
  await page
    .getByRole('navigation', { name: 'File tree' })
    .getByRole('button', { name: /^\/models\/llm\.bin/ })
    .click();
  await expect(
    page.getByRole('img', { name: /^Disk map: \d+ of 1,024 data blocks in use.*\/models\/llm\.bin holds 64/ }),
  ).toBeVisible();

  // The validator has appended blocks by the end; verify, tamper with block 1, verify again.
  await page.getByRole('button', { name: 'Run to end' }).click();
  await openPanel(page, 'Ledger');
  const verdict = page.getByRole('status', { name: 'Verification verdict' });
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(verdict).toContainText(/all \d+ blocks/);
  await page.getByRole('spinbutton', { name: 'Block to tamper with' }).fill('1');
  await page.getByRole('button', { name: 'Tamper with block 1' }).click();
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(verdict).toContainText('block 1');
  await expect(
    page.getByRole('list', { name: 'Blocks' }).getByRole('listitem', { name: /^Block 1: broken/ }),
  ).toBeVisible();

  await openPanel(page, 'Crash explorer');
  const explorer = page.getByRole('region', { name: 'Crash-point explorer' });
  await explorer.getByRole('radiogroup', { name: 'Journal mode' }).getByRole('radio', { name: 'No journal' }).check();
  await expect(explorer.getByRole('list', { name: 'Block writes' }).getByRole('listitem').first()).toBeVisible();
  await expect(explorer.getByRole('region', { name: 'fsck' })).toBeVisible();

  await openPanel(page, 'Allocation strategies');
  await expect(page.getByRole('heading', { name: 'Allocation strategies' })).toBeVisible();
});

test('the crash-point exercise: predict fsck and survival at crash points, graded by the crash explorer', async ({
  page,
}) => {
  const ex = makeExercise({ kind: 'crash', seed: 11, difficulty: 3 });
  await openApp(page);
  await page.getByRole('tab', { name: 'Exercises' }).click();
  await page.getByLabel('Kind').selectOption('crash');
  await page.getByLabel('Seed').fill('11');
  await page.getByLabel('Difficulty').selectOption('3');
  await expect(page.getByRole('table', { name: 'The block writes, in order' })).toBeVisible();
  for (const q of ex.questions) await page.getByLabel(q.label, { exact: true }).fill(q.expected);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByText(new RegExp(`${ex.questions.length} of ${ex.questions.length}`))).toBeVisible();
});

test('the model cache: a model loaded once serves two processes, and one that cannot fit is refused', async ({
  page,
}) => {
  await openPreset(page, 'AI models through the model cache');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await timeSlider(page).fill('6');
  await openPanel(page, 'Model cache');
  await expect(page.getByRole('table', { name: 'Models in memory' })).toContainText('llama-7b');
  await expect(page.getByText(/1 hits, 1 misses/)).toBeVisible();
  await expect(page.getByText(/cannot load mistral-7b, ENOSPC/).first()).toBeVisible();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the caches in memory: the page cache in CACHE frames shrinks for a process, a model in pinned frames', async ({
  page,
}) => {
  await openPreset(page, "The file system's caches in memory");
  await timeSlider(page).fill('39');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await openPanel(page, 'Page cache');
  await expect(page.getByText(/of at most 48 CACHE frames, held by the kernel/)).toBeVisible();
  await page.getByRole('tab', { name: 'Memory', exact: true }).click();
  await expect(page.getByRole('img', { name: /held by \d+ process(es)? and the kernel/ })).toBeVisible();
  await page.getByRole('button', { name: 'Show frame table' }).click();
  const table = page.getByRole('table').filter({ hasText: 'Frames 0–' });
  await expect(table.getByRole('row').filter({ hasText: 'kernel: model tiny-llm' }).first()).toContainText('PINNED');
  await expect(table.getByRole('row').filter({ hasText: 'kernel: page cache' }).first()).toContainText('CACHE');
  await timeSlider(page).fill('40');
  await expect(page.getByText(/Page cache shrinks by 24 blocks/).first()).toBeVisible();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('open files: two descriptors on one entry, a file removed while open kept until its last close', async ({
  page,
}) => {
  await openPreset(page, 'Open files, links and permissions');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await timeSlider(page).fill('4');
  await openPanel(page, 'Open files');
  const descriptors = page.getByRole('table', { name: 'Descriptor tables' });
  await expect(descriptors.getByRole('row').filter({ hasText: 'P2' })).toHaveCount(2);
  await expect(page.getByRole('table', { name: 'Open-file table' })).toContainText('/current');
  await timeSlider(page).fill('8');
  await expect(page.getByRole('table', { name: 'Open-file table' })).toContainText('deleted');
  await expect(page.getByText(/the name goes, but inode 2 stays/).first()).toBeVisible();
  await timeSlider(page).fill('18');
  await expect(page.getByText(/No process has a file open/)).toBeVisible();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);
});
