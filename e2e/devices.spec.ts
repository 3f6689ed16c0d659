import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openPanel, openPreset, test, timeSlider } from './fixtures';

/** Serious and critical axe violations (inside `selector` when given), named for a readable failure. */
async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (selector ? axe.include(selector) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function runOstep(page: Page, command: string) {
  await page.getByRole('tab', { name: 'OSTEP' }).click();
  const box = page.getByRole('textbox', { name: 'OSTEP command' });
  await box.fill(command);
  await box.press('Enter');
}

/** The value beside a term of a description list (`<dt>label</dt><dd>value</dd>`). */
const figure = (within: Locator, label: string) =>
  within.getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');

test('disk.py: the platter steps event by event, plays, and every policy is compared on the same requests', async ({
  page,
}) => {
  const command = './disk.py -a 7,30,8 -p SSTF -c';
  await openApp(page, `./#ostep=${encodeURIComponent(command)}`);
  const disk = page.getByRole('region', { name: 'Disk', exact: true });
  await expect(disk).toContainText('SSTF: 375 ticks in all — seek 80, rotate 205, transfer 90.');
  const controls = disk.getByRole('toolbar', { name: 'Disk animation controls' });
  const tick = controls.getByRole('slider', { name: 'Disk tick' });
  await expect(tick).toHaveAttribute('aria-valuetext', 'tick 0: waiting for block 7 (request 1 of 3), 2 waiting');
  await expect(controls.getByRole('button', { name: 'Start' })).toBeDisabled();

  // Event by event: block 7's sector comes round at tick 15, its transfer ends at 45 with block 8 right behind.
  const next = controls.getByRole('button', { name: 'Next event' });
  await next.click();
  await expect(tick).toHaveAttribute('aria-valuetext', 'tick 15: reading block 7 (request 1 of 3), 2 waiting');
  await next.click();
  await expect(tick).toHaveAttribute('aria-valuetext', 'tick 45: reading block 8 (request 2 of 3), 1 waiting');
  await expect(disk.getByRole('list', { name: 'Requests waiting, in queue order' })).toHaveText('block 30');
  await controls.getByRole('button', { name: 'Previous event' }).click();
  await expect(tick).toHaveValue('15');
  await controls.getByRole('button', { name: 'End' }).click();
  await expect(tick).toHaveAttribute('aria-valuetext', 'tick 375: all 3 requests served');
  await expect(next).toBeDisabled();
  await controls.getByRole('button', { name: 'Start' }).click();
  await expect(tick).toHaveValue('0');

  // Play moves time on by itself; Pause holds it; played fast it runs to the end and stops.
  await controls.getByLabel('Speed').selectOption('Slow');
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(controls.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(tick).not.toHaveValue('0');
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(controls.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  // a frame already under way may still land: read the held tick after it
  await page.waitForTimeout(100);
  const held = await tick.inputValue();
  expect(Number(held)).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  await expect(tick).toHaveValue(held);
  await controls.getByLabel('Speed').selectOption('Fast');
  await controls.getByRole('button', { name: 'Play' }).click();
  await expect(tick).toHaveAttribute('aria-valuetext', 'tick 375: all 3 requests served');
  await expect(controls.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');

  const compare = disk.getByRole('table', { name: /Every policy on these requests/ });
  const rows = compare.getByRole('rowheader');
  await expect(rows).toHaveCount(8);
  await expect(rows.filter({ hasText: '(this run)' })).toHaveText([/^SSTF \(this run\)/]);
  await expect(compare.getByRole('row', { name: /^SSTF/ })).toContainText('375');
  expect(await seriousViolations(page), 'disk view').toEqual([]);
});

test('raid.py, ssd.py and checksum.py: each picture by name, the RAID stepped request by request', async ({ page }) => {
  await openApp(page);
  await runOstep(page, './raid.py -R 20 -n 5 -L 5 -w 100 -s 1 -c');
  const raid = page.getByRole('region', { name: 'RAID', exact: true });
  await expect(raid).toContainText('RAID-5 (rotated parity, left-symmetric) over 4 disks');
  const request = raid.getByRole('slider', { name: 'Request' });
  await expect(request).toHaveAttribute('aria-valuetext', 'Request 1: Write of 1 block from logical block 2');
  // A small write: the data and the parity of its row, each read and written ("both").
  await expect(raid.getByRole('img', { name: /^Disks: / })).toHaveAccessibleName(
    'Disks: disk 2 offset 0: block 2, both; disk 3 offset 0: parity, both',
  );
  await expect(raid.getByRole('list', { name: 'What the request does' }).getByRole('listitem')).not.toHaveCount(0);
  await raid.getByRole('button', { name: 'Next' }).click();
  await expect(request).toHaveAttribute('aria-valuetext', 'Request 2: Write of 1 block from logical block 15');
  await expect(raid.getByRole('img', { name: /^Disks: / })).toHaveAccessibleName(
    'Disks: disk 2 offset 5: parity, both; disk 3 offset 5: block 15, both',
  );
  await raid.getByRole('button', { name: 'Last' }).click();
  await expect(request).toHaveAttribute('aria-valuetext', /^Request 5: /);
  expect(await seriousViolations(page), 'raid view').toEqual([]);

  await runOstep(page, './ssd.py -T log -l 30 -B 3 -p 10 -s 10 -n 60 -G 3 -g 2 -C -S -c');
  const ssd = page.getByRole('region', { name: 'SSD', exact: true });
  await expect(ssd).toContainText(/log FTL: \d+ erases, \d+ page programs, \d+ page reads, time 12820; write amp/);
  const flash = ssd.getByRole('list', { name: 'Flash blocks' }).getByRole('listitem');
  await expect(flash).toHaveCount(3);
  await expect(flash.first()).toHaveAccessibleName(/^block 0: erased \d+ times$/);
  await expect(ssd.getByRole('group', { name: 'Write amplification over the run' })).toBeVisible();
  await expect(ssd.getByRole('table', { name: /^Commands/ }).getByRole('row')).not.toHaveCount(0);
  expect(await seriousViolations(page), 'ssd view').toEqual([]);

  await runOstep(page, './checksum.py -D 1,2,3,4 -M add -b 2 -l 1 -m -c');
  const sums = page.getByRole('region', { name: 'Checksums' });
  const table = sums.getByRole('table', { name: /Each checksum's running value, word by word/ });
  await expect(table.getByRole('row', { name: /^Add/ })).toContainText('missed');
  await expect(table.getByRole('row', { name: /^CRC-32/ })).toContainText('caught');
  await expect(sums.getByRole('list', { name: 'Blocks read back' }).getByRole('listitem')).toHaveText([
    /^block 0: .*silent corruption.*second copy/,
    /^block 1: the drive cannot read it \(a latent sector error\)/,
  ]);
  expect(await seriousViolations(page), 'checksum view').toEqual([]);
});

/** Each storage preset's figures at the end (as `sim run --json` reports them), and for the RAID on the way there. */
const PRESETS: readonly {
  title: string;
  /** figures at a tick, and how the figures named in `lit` are lit (a RAID stripe's write, by how it went) */
  during?: { tick: number; figures: Record<string, RegExp>; lit?: Record<string, string> }[];
  figures: Record<string, string>;
}[] = [
  {
    title: 'Storage: the file system on a hard disk (SSTF vs FIFO)',
    figures: { Busy: '712 ticks', Seek: '240 ticks', Rotation: '422 ticks', Transfer: '50 ticks' },
  },
  {
    title: 'Storage: on an SSD, GC and write amplification',
    figures: { 'Host writes': '132', 'GC passes': '2', 'Write amplification': '1.09 programs a host write' },
  },
  {
    title: 'Storage: RAID 5 losing a disk and rebuilding',
    // disk 2 fails at tick 30 and a spare starts rebuilding it at tick 60
    during: [
      { tick: 45, figures: { 'Disk 2': /^failed: / } },
      { tick: 61, figures: { Rebuild: /^disk 2: \d+ of \d+ offsets$/ } },
    ],
    figures: {
      'Disk 2': 'ok: 29 reads, 9 writes; busy 72 ticks (38%)',
      'Degraded reads': '4',
      'Reads that lost data': '0',
      Rebuild: '32 offsets rebuilt, none under way',
    },
  },
  {
    title: 'Storage: RAID-5 small vs full-stripe writes',
    // at tick 26 the checkpointer's 6 blocks cover stripes 4 and 5 whole; at tick 44 part of stripe 6 and all of 7
    during: [
      {
        tick: 28,
        figures: {
          'Last request': /^0 member reads, 8 member writes$/,
          'Stripe 4': /^full stripe: 4 writes, no reads$/,
        },
        lit: { 'Stripe 4': 'full-stripe', 'Stripe 5': 'full-stripe' },
      },
      {
        tick: 45,
        figures: { 'Stripe 6': /^2 of 3 blocks: reconstruct-write reads the 1 block left alone/ },
        lit: { 'Stripe 6': 'partial-stripe', 'Stripe 7': 'full-stripe' },
      },
    ],
    figures: { 'Stripe writes': '7 full, 3 reconstruct-write, 12 read-modify-write, 0 degraded' },
  },
];

for (const preset of PRESETS)
  test(`Files, Block device: ${preset.title}`, async ({ page }) => {
    await openPreset(page, preset.title);
    await page.getByRole('tab', { name: 'Files', exact: true }).click();
    await openPanel(page, 'Block device');
    const panel = page.getByRole('region', { name: 'Block device' });
    for (const at of preset.during ?? []) {
      await timeSlider(page).fill(String(at.tick));
      for (const [label, value] of Object.entries(at.figures)) await expect(figure(panel, label)).toHaveText(value);
      for (const [label, lit] of Object.entries(at.lit ?? {}))
        await expect(panel.getByText(label, { exact: true }).locator('xpath=..')).toHaveAttribute('data-lit', lit);
    }
    await page.getByRole('button', { name: 'Run to end' }).click();
    for (const [label, value] of Object.entries(preset.figures)) await expect(figure(panel, label)).toHaveText(value);
    expect(await seriousViolations(page, '.device-queue'), 'Block device panel').toEqual([]);
  });

test("Files, Block device: the disk's queue across processes, each waiting request until the policy picks it", async ({
  page,
}) => {
  await openPreset(page, 'Storage: disk scheduling across processes');
  await page.getByRole('tab', { name: 'Files', exact: true }).click();
  await openPanel(page, 'Block device');
  const panel = page.getByRole('region', { name: 'Block device' });
  // at tick 20 the disk serves P3's request (ticks 19 to 21); P2's and P4's wait for SSTF's next pick
  await timeSlider(page).fill('20');
  const rows = panel.getByRole('table', { name: 'Requests at tick 20' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('now, until tick 21');
  for (const i of [2, 3]) await expect(rows.nth(i)).toContainText('SSTF picks the next request at tick 21');
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(figure(panel, 'Busy')).toHaveText('758 ticks');
  expect(await seriousViolations(page, '.device-queue'), 'Block device panel').toEqual([]);
});

const EXERCISES = [
  { kind: 'disk', label: 'Disk scheduling: which request next?', tables: ['The tracks', 'The request queue'] },
  { kind: 'raid', label: 'RAID mapping', tables: ['The array'] },
  { kind: 'ssd', label: 'SSD after the commands', tables: ['The commands, in order'] },
] as const;

for (const ex of EXERCISES)
  test(`Exercises, ${ex.label}: the problem's tables, a wrong answer marked, the shown answers graded right`, async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Exercises' }).click();
    await page.getByLabel('Kind').selectOption({ label: ex.label });
    await page.getByLabel('Seed').fill('7');
    await page.getByLabel('Difficulty').selectOption('2');
    for (const caption of ex.tables)
      await expect(page.getByRole('table', { name: new RegExp(`^${caption}`) }).getByRole('row')).not.toHaveCount(0);

    // Show the answers before answering: each box's line gives its answer; type them back, the first one off by one.
    await page.getByRole('button', { name: 'Show answers' }).click();
    const boxes = page.getByRole('form', { name: 'Your predictions' }).getByRole('textbox');
    const n = await boxes.count();
    expect(n).toBeGreaterThan(1);
    const shown = await page.getByText(/^\s*Answer: -?\d+\.$/).allTextContents();
    const answers = shown.map((t) => t.replace(/^\s*Answer: (-?\d+)\.$/, '$1'));
    expect(answers).toHaveLength(n);
    for (let i = 0; i < n; i++) await boxes.nth(i).fill(i === 0 ? String(Number(answers[0]) + 1) : answers[i]!);
    const check = page.getByRole('button', { name: 'Check answers' });
    await check.click();
    const score = page.getByRole('status').filter({ hasText: 'right.' });
    await expect(score).toContainText(`${n - 1} of ${n} right.`);
    await expect(boxes.first()).toHaveAttribute('aria-invalid', 'true');
    await expect(boxes.first()).toHaveAccessibleDescription(/^Wrong: /);

    await boxes.first().fill(answers[0]!);
    await check.click();
    await expect(score).toHaveText(`${n} of ${n} right. Well done!`);
    expect(await seriousViolations(page, '.teach')).toEqual([]);
  });
