import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createAllocDiskForTest } from './testDisk';
import { parseFsOp, type FsOp } from '../../core/fs/fsOp';
import { AllocationPanel } from './AllocationPanel';
import { DiskMap } from './DiskMap';

const ops = (...lines: string[]): FsOp[] =>
  lines.map((l) => {
    const parsed = parseFsOp(l);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.op;
  });

// /a is written, /b follows it, /a grows again: contiguous must move /a; the others fragment it.
const WORKLOAD = ops('mkdir /d', 'write /d/a 2048', 'write /b 1024', 'write /d/a 2048', 'rm /b', 'write /c 512');
const GEOMETRY = { blocks: 64, blockSize: 512 };

describe('AllocationPanel', () => {
  it('shows a disk map per strategy and the metrics side by side', () => {
    render(<AllocationPanel workload={WORKLOAD} geometry={GEOMETRY} />);
    expect(screen.getByRole('region', { name: 'Allocation strategies' })).toBeInTheDocument();
    for (const label of ['contiguous', 'linked (FAT)', 'indexed (inode)', 'extents'])
      expect(screen.getByRole('group', { name: `Disk map: ${label}` })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Disk map, linked \(FAT\): 64 blocks of 512 bytes; 2 files/ }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Allocation metrics' });
    const copied = within(table).getByRole('row', { name: /Blocks copied/ });
    expect(
      within(copied)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '0', '0', '0']);
    const meta = within(table).getByRole('row', { name: /Metadata blocks/ });
    // The FAT: 64 blocks × 4 bytes in 512-byte blocks.
    expect(within(meta).getAllByRole('cell')[1]).toHaveTextContent('1');
  });

  it("groups the digits of a large disk's counts by thousands", () => {
    render(<AllocationPanel workload={WORKLOAD} geometry={{ blocks: 20_000, blockSize: 512 }} />);
    expect(screen.getByText(/^6 operations on a disk of 20,000 blocks of 512 bytes/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /^Disk map, linked \(FAT\): 20,000 blocks of 512 bytes; 2 files in 9 data blocks, 157 metadata blocks, 19,834 free in 2 runs/,
      }),
    ).toBeInTheDocument();
  });

  it('names the block under the pointer and selects its file on a click', async () => {
    render(<AllocationPanel workload={WORKLOAD} geometry={GEOMETRY} />);
    const map = within(screen.getByRole('group', { name: 'Disk map: contiguous' })).getByRole('img');
    fireEvent.pointerMove(map, { clientX: 1, clientY: 1 });
    // /d/a moved away from 0–3, so /c took block 0.
    expect(screen.getByText('contiguous: block 0: data of /c')).toBeInTheDocument();
    fireEvent.click(map, { clientX: 1, clientY: 1 });
    expect(screen.getByRole('combobox', { name: 'File' })).toHaveValue('/c');
    expect(screen.getByRole('table', { name: 'Allocation of /c' })).toBeInTheDocument();
  });

  it('explains every decision in words', async () => {
    render(<AllocationPanel workload={WORKLOAD} geometry={GEOMETRY} />);
    await userEvent.click(screen.getByText('Decisions: contiguous'));
    const list = screen.getByRole('list', { name: 'Decisions: contiguous' });
    expect(within(list).getByText(/^\/d\/a: moved from blocks 0–3 to blocks 6–13/)).toBeInTheDocument();
  });

  it('selects a file: its figures under each strategy and its FAT chain', async () => {
    render(<AllocationPanel workload={WORKLOAD} geometry={GEOMETRY} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'File' }), '/d/a');
    const file = screen.getByRole('table', { name: 'Allocation of /d/a' });
    const linked = within(file).getByRole('row', { name: /linked/ });
    expect(
      within(linked)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['8', '2', '0', '32', '2']);
    const fat = screen.getByRole('table', { name: 'FAT entries of /d/a' });
    expect(within(fat).getAllByRole('row')).toHaveLength(9);
    expect(within(fat).getByRole('row', { name: '4 7' })).toBeInTheDocument();
    // Extents: 0–3, then /b at 4–5 kept /d/a from growing in place, so 6–9.
    expect(screen.getByText('Extents of /d/a (start, length): (0, 4) (6, 4)')).toBeInTheDocument();
  });

  it('defragments one strategy, lists the moves and shows the result', async () => {
    render(<AllocationPanel workload={WORKLOAD} geometry={GEOMETRY} />);
    await userEvent.click(screen.getByRole('button', { name: 'Defragment extents' }));
    expect(screen.getByRole('button', { name: 'Defragment extents' })).toBeDisabled();
    const moves = screen.getByRole('list', { name: 'Moves: extents' });
    expect(within(moves).getAllByRole('listitem')[0]).toHaveTextContent(
      /^block \d+ → \d+ \((\/d\/a|\/c), (into place|out of the way)\)$/,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /^\d+ block moves? \(.*\): 2 files each one run, free space one run of 55 blocks$/,
    );
    const runs = within(screen.getByRole('table', { name: 'Allocation metrics' })).getByRole('row', {
      name: /Free runs/,
    });
    expect(within(runs).getAllByRole('cell')[3]).toHaveTextContent('1');
  });

  it('refuses a disk it cannot make, naming the field', () => {
    render(<AllocationPanel workload={WORKLOAD} geometry={{ blocks: 64, blockSize: 1000 }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('blockSize must be a power of two');
  });
});

describe('DiskMap', () => {
  it('names itself, gives a legend and reports the block under the pointer', () => {
    const disk = createAllocDiskForTest();
    const onHover = vi.fn();
    const onSelect = vi.fn();
    render(
      <DiskMap
        disk={disk}
        selected={null}
        label="Disk map: test"
        summary="four blocks"
        onHoverBlock={onHover}
        onSelectBlock={onSelect}
      />,
    );
    const canvas = screen.getByRole('img', { name: 'four blocks' });
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText(/free/)).toBeInTheDocument();
    expect(within(legend).getByText(/file data/)).toBeInTheDocument();
    fireEvent.pointerMove(canvas, { clientX: 1, clientY: 1 });
    expect(onHover).toHaveBeenLastCalledWith(0);
    fireEvent.click(canvas, { clientX: 1, clientY: 1 });
    expect(onSelect).toHaveBeenCalledWith(0);
    fireEvent.pointerLeave(canvas);
    expect(onHover).toHaveBeenLastCalledWith(null);
  });
});
