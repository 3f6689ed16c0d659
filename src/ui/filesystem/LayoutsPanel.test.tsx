import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseFsOp, type FsOp } from '../../core/fs/fsOp';
import type { Scenario } from '../../core/scenario/types';
import { validateScenario } from '../../core/scenario/validate';
import { LayoutsChoice } from './LayoutsChoice';
import { LayoutsPanel } from './LayoutsPanel';

const ops = (...lines: string[]): FsOp[] =>
  lines.map((l) => {
    const parsed = parseFsOp(l);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.op;
  });

const SETUP = { blockSize: 4096, blocks: 32, inodes: 16, groups: 2, largeFileBlocks: 4 };
const WORKLOAD = ops('mkdir /a', 'write /a/f 4096', 'write /big 24576');
const LABELS = ['vsfs (lowest free)', 'FFS (cylinder groups)', 'LFS (the log)'];

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('LayoutsPanel', () => {
  it('lays the workload out three ways, each with its map, its files and what it is good at', () => {
    render(<LayoutsPanel workload={WORKLOAD} setup={SETUP} />);
    for (const label of LABELS) {
      const column = screen.getByRole('region', { name: label });
      expect(within(column).getByRole('group', { name: `Disk map: ${label}` })).toBeInTheDocument();
      expect(within(column).getByRole('table', { name: `Files under ${label}` })).toBeInTheDocument();
    }
    expect(
      screen.getByRole('img', {
        name: /^Disk map, FFS \(cylinder groups\): 2 cylinder groups, each 1 inode-table block then 16 data blocks; 2 files, 1 in one run$/,
      }),
    ).toBeInTheDocument();
    // /a/f is one block under all three; /big (6 blocks) moves on after 4 under FFS.
    const ffs = screen.getByRole('table', { name: 'Files under FFS (cylinder groups)' });
    expect(cells(within(ffs).getByRole('row', { name: /\/big/ }))).toEqual([
      '6',
      '2',
      expect.any(String),
      expect.any(String),
    ]);
    const vsfs = screen.getByRole('table', { name: 'Files under vsfs (lowest free)' });
    expect(cells(within(vsfs).getByRole('row', { name: /\/big/ }))[1]).toBe('1');
    expect(screen.getByRole('region', { name: 'LFS (the log)' })).toHaveTextContent(/every change is appended/);
  });

  it("counts the log's writes per operation: a directory, a file in it, a big file", () => {
    render(<LayoutsPanel workload={WORKLOAD} setup={SETUP} />);
    const table = screen.getByRole('table', { name: 'Blocks written per operation: LFS (the log)' });
    expect(cells(within(table).getByRole('row', { name: /^mkdir \/a/ }))).toEqual(['0', '2', '2', '1', '1']);
    expect(cells(within(table).getByRole('row', { name: /^write \/a\/f 4096/ }))).toEqual(['1', '1', '2', '1', '1']);
    expect(cells(within(table).getByRole('row', { name: /^write \/big 24576/ }))).toEqual(['6', '1', '2', '1', '1']);
    const figures = screen.getByRole('table', { name: 'Layout figures' });
    expect(cells(within(figures).getByRole('row', { name: /Operations refused/ }))).toEqual(['0', '0', '0']);
    expect(cells(within(figures).getByRole('row', { name: /blocks appended/ }))).toEqual([
      'in place',
      'in place',
      '20; 3',
    ]);
  });

  it('marks the selected file in every column, and says why a disk cannot be compared', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<LayoutsPanel workload={WORKLOAD} setup={SETUP} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'File' }), '/big');
    for (const label of LABELS) {
      const table = screen.getByRole('table', { name: `Files under ${label}` });
      expect(within(table).getByRole('row', { name: /\/big/ })).toHaveAttribute('aria-current', 'true');
    }
    unmount();
    render(<LayoutsPanel workload={WORKLOAD} setup={{ ...SETUP, groups: 3 }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('must divide layout.blocks (32)');
  });
});

describe('LayoutsPanel: the log cleaner', () => {
  const OVERWRITES = ops(...Array.from({ length: 12 }, (_, i) => (i % 2 ? 'truncate /f 0' : 'write /f 8192')));

  it('cleans segments as overwrites fill the log, says why each, and counts the write amplification', async () => {
    const user = userEvent.setup();
    render(<LayoutsPanel workload={OVERWRITES} setup={SETUP} />);
    const cleaner = screen.getByRole('region', { name: 'Cleaner: LFS (the log)' });
    const cleaned = within(cleaner).getByRole('list', { name: 'Segments cleaned: LFS (the log)' });
    const first = within(cleaned).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(
      /^before (write|truncate) \/f \d+: segment \d+ cleaned: \d+ of 16 blocks live.*; greedy picks the fewest live$/,
    );
    expect(within(cleaner).getByText('Write amplification').nextSibling?.textContent).toMatch(/^\d+\.\d\d×$/);
    const figures = screen.getByRole('table', { name: 'Layout figures' });
    expect(cells(within(figures).getByRole('row', { name: /Write amplification/ }))[2]).toMatch(/^\d+\.\d\d×$/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cleaner policy' }), 'cost-benefit');
    expect(within(cleaner).getAllByRole('listitem')[0]).toHaveTextContent(/cost-benefit picks the highest/);
  });
});

describe('LayoutsPanel on a large disk', () => {
  it('groups the digits of its counts by thousands', () => {
    render(<LayoutsPanel workload={WORKLOAD} setup={{ ...SETUP, blocks: 20_000 }} />);
    expect(screen.getByText(/^3 operations on a disk of 20,000 blocks of 4096 bytes/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /^Disk map, FFS \(cylinder groups\): 2 cylinder groups, each 1 inode-table block then 10,000 data blocks;/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /^Disk map, LFS \(the log\): a log of 20,001 blocks in 1,250 segments of 16 blocks \(2 in use, 1,248 free,/,
      }),
    ).toBeInTheDocument();
  });
});

describe('LayoutsChoice', () => {
  it("starts on a layout scenario's own operations, and offers the example", async () => {
    const v = validateScenario({
      format: 'bcos-scenario',
      version: 3,
      title: 't',
      description: '',
      seed: 1,
      node: { cpus: 1, gpus: 0 },
      scheduler: { policy: 'FIFO' },
      processes: [{ pid: 1, name: 'p', type: 'SYSTEM', arrival: 0, bursts: [2] }],
      fs: { blocks: 64, inodes: 16, layout: 'ffs', ffs: { groups: 4, largeFileBlocks: 4 } },
      operations: [{ tick: 0, op: 'fs', action: { kind: 'write', path: '/f', bytes: 4096 } }],
    });
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    const user = userEvent.setup();
    render(<LayoutsChoice scenario={v.scenario as Scenario} />);
    expect(screen.getByText(/^1 operations on a disk of 64 blocks/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /The demo workload/ }));
    expect(screen.getByText(/^13 operations on a disk of 128 blocks/)).toBeInTheDocument();
  });
});
