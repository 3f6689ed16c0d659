import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, openPanel, test } from './fixtures';

async function runOstep(page: Page, command: string) {
  await page.getByRole('tab', { name: 'OSTEP' }).click();
  const box = page.getByRole('textbox', { name: 'OSTEP command' });
  await box.fill(command);
  await box.press('Enter');
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

test('the OSTEP tab answers scheduler.py, names a bad flag, and plays the workload as a scenario', async ({ page }) => {
  await openApp(page);
  await runOstep(page, './scheduler.py -p RR -q 2 -l 3,5,1 -c');
  const stats = page.getByRole('table', { name: 'Final statistics' });
  await expect(stats.getByRole('row', { name: /Average/ })).toContainText(/Average\s*2\.00\s*6\.67\s*3\.67/);
  await page.getByText("OSTEP's output").click();
  await expect(page.getByText(/Average -- Response: 2\.00/)).toBeVisible();
  expect(await seriousViolations(page), 'OSTEP view').toEqual([]);

  await runOstep(page, './scheduler.py -p RR -q 0 -l 3,5,1 -c');
  await expect(page.getByRole('alert')).toContainText('-q/--quantum');
  await expect(stats).toBeVisible();

  await page.getByRole('button', { name: 'Play as scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Simulate' })).toHaveAttribute('aria-selected', 'true');
  await openPanel(page, 'Processes');
  await expect(page.getByRole('row').filter({ hasText: 'P0' }).first()).toBeVisible();
});

test('malloc.py: the heap bar and its chunks step by step, with the search path on the free list', async ({ page }) => {
  await openApp(page);
  await runOstep(page, './malloc.py -S 100 -b 1000 -H 4 -a 4 -l ADDRSORT -p BEST -A +10,+20,-0,+5 -c');
  const allocator = page.getByRole('region', { name: 'Allocator' });
  await expect(allocator.getByRole('img', { name: /Heap 1000–1100: 0 allocated, 1 free chunks/ })).toBeVisible();
  await allocator.getByRole('button', { name: 'Next' }).click();
  await expect(allocator.getByRole('img', { name: /1 allocated, 1 free chunks \(84 bytes free\)/ })).toBeVisible();
  await expect(allocator.getByRole('table', { name: /Chunks in address order/ })).toContainText(
    'ptr[0]: header 4 + 12 bytes',
  );
  // → from the keyboard, twice more, then Last: best fit examined both free chunks and took the first.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(allocator.getByRole('slider', { name: 'Step' })).toHaveValue('3');
  await allocator.getByRole('button', { name: 'Last' }).click();
  const before = allocator.getByRole('list', { name: /Free list before this step/ });
  await expect(before.getByRole('listitem')).toHaveText([
    /1000 \(16\)\s*examined 1, chosen/,
    /1040 \(60\)\s*examined 2/,
  ]);
  await expect(allocator.getByRole('list', { name: 'Free list after this step' }).getByRole('listitem')).toHaveText([
    '1012 (4)',
    '1040 (60)',
  ]);
  expect(await seriousViolations(page), 'allocator view').toEqual([]);

  // The same problem as a scenario: P0 makes one malloc or free per tick, and Simulate shows the heap.
  await page.getByRole('button', { name: 'Play as scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Simulate' })).toHaveAttribute('aria-selected', 'true');
  const heap = page.getByRole('region', { name: 'Heap (free-list allocator)' });
  await expect(heap.getByRole('img', { name: /Heap 1000–1100: 1 allocated, 1 free chunks/ })).toBeVisible();
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(
    heap.getByRole('img', { name: /Heap 1000–1100: 2 allocated, 2 free chunks \(64 bytes free\)/ }),
  ).toBeVisible();
  await expect(heap.getByRole('list', { name: 'Free list now (in list order)' }).getByRole('listitem')).toHaveText([
    '1012 (4)',
    '1040 (60)',
  ]);
  expect(await seriousViolations(page), 'heap panel').toEqual([]);
});

test('process-run.py: the per-tick table as OSTEP prints it, with the stats', async ({ page }) => {
  await openApp(page);
  await runOstep(page, './process-run.py -l 3:50,3:50 -s 1 -c');
  const trace = page.getByRole('table', { name: /Trace, one row per tick/ });
  await expect(trace.getByRole('row')).toHaveCount(16);
  await expect(trace.getByRole('row').nth(8)).toHaveText(/8\*\s*RUN:io_done\s*DONE\s*1/);
  await expect(page.getByText('CPU busy').locator('xpath=following-sibling::dd[1]')).toHaveText('8 (53.33%)');
  const view = page.getByRole('region', { name: 'Process run' });
  await view.getByRole('button', { name: 'Last' }).click();
  await expect(trace.locator('tr[aria-current="step"]')).toHaveText(/15\*/);
  expect(await seriousViolations(page), 'process-run view').toEqual([]);
});

test('an #ostep= link opens the OSTEP view on its command, answered', async ({ page }) => {
  const command = './paging-policy.py -C 3 -a 1,2,3,4,1,2,5,1,2,3,4,5 -p FIFO -c';
  await openApp(page, `./#ostep=${encodeURIComponent(command)}`);
  await expect(page.getByRole('tab', { name: 'OSTEP' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: /Answers to paging-policy\.py -C 3/ })).toBeVisible();
  await page.getByText("OSTEP's output").click();
  await expect(page.getByText('FINALSTATS hits 3   misses 9   hitrate 25.00')).toBeVisible();
  // The link is taken off the address bar once read; the view it opened is the address now.
  expect(new URL(page.url()).hash).toBe('#/ostep');
});

test('afs.py: the message sequence diagram steps through the run, with each step and its messages in words', async ({
  page,
}) => {
  await openApp(page);
  await runOstep(page, './afs.py -s 12 -S 011100 -A oa1:r1:c1,oa1:w1:c1 -c -d 7');
  const view = page.getByRole('region', { name: 'AFS message sequence' });
  await expect(view).toContainText('Files at the end: a = 1 (was 0).');
  await expect(view.getByRole('img', { name: /^Message sequence up to step 1\./ })).toBeVisible();
  for (let i = 0; i < 3; i++) await view.getByRole('button', { name: 'Next' }).click();
  await expect(view.getByText(/^Step 4 of 6: c1 closes a: its copy is dirty/)).toBeVisible();
  await expect(view.getByRole('list', { name: 'Messages of this step' }).getByRole('listitem')).toHaveText([
    'c1 stores a (1) on the server',
    "the server breaks c0's callback on a: its copy becomes invalid",
  ]);
  await expect(view.getByRole('img', { name: /c0 holds a:0 v=0 d=0 r=1/ })).toBeVisible();
  expect(await seriousViolations(page), 'afs view').toEqual([]);
});
