import { describe, expect, it } from 'vitest';
import { applyOp } from './applyOp';
import { compareAllocations, runWorkload } from './compare';
import { createAllocDisk } from './disk';
import { explainAllocation, explainOutcome } from './explain';
import { fatChain } from './linked';
import { fileMetrics } from './metrics';
import { resolveIn } from './namespace';
import { ALLOCATION_STRATEGIES } from './registry';
import { ops } from './testing';
import type { AllocDecision, AllocFile, AllocOutcome } from './types';
import { allocationInvariants } from './invariants';

const SMALL = { blocks: 64, blockSize: 512 };
const decision = (o: AllocOutcome | undefined): AllocDecision => {
  if (!o?.ok) throw new Error(`refused: ${o?.ok === false ? o.error.message : 'no outcome'}`);
  return o.decision;
};
const fileAt = (disk: ReturnType<typeof createAllocDisk>, path: string): AllocFile => {
  const found = resolveIn(disk, path);
  if (!found.ok) throw new Error(found.error.message);
  return disk.inodes[found.inum] as AllocFile;
};

describe('contiguous allocation', () => {
  it('takes the first run that holds a file, and moves a file that cannot grow in place', () => {
    const { disk, steps } = runWorkload('CONTIGUOUS', SMALL, ops('write /a 1500', 'write /b 1024', 'write /a 600'));
    expect(explainAllocation(decision(steps[0]?.outcome))).toBe('/a: blocks 0–2 (first run of 3 free blocks)');
    const moved = decision(steps[2]?.outcome);
    expect(moved.reason).toEqual({ kind: 'moved', from: [0, 3], to: [5, 5], blockedBy: 2 });
    expect(explainAllocation(moved)).toContain('copying 3 blocks');
    expect(fileAt(disk, '/a').blocks).toEqual([5, 6, 7, 8, 9]);
    expect(disk.copied).toBe(3);
  });

  it('grows in place when the blocks after the file are free', () => {
    const { steps } = runWorkload('CONTIGUOUS', SMALL, ops('write /a 512', 'write /a 512'));
    expect(decision(steps[1]?.outcome).reason).toEqual({ kind: 'inPlace', run: [1, 1] });
  });

  it('refuses with ENOSPC when enough blocks are free but no run holds the file', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `write /f${i} 4096`);
    const { disk, steps } = runWorkload('CONTIGUOUS', SMALL, ops(...lines, 'rm /f1', 'rm /f3', 'write /big 8192'));
    const last = steps[steps.length - 1]?.outcome;
    expect(last?.ok).toBe(false);
    expect(last?.ok === false && last.error).toMatchObject({ code: 'ENOSPC' });
    expect(disk.freeBlocks).toBe(16);
  });
});

describe('linked (FAT) allocation', () => {
  it('reserves the table, chains a file through it and reads the chain back', () => {
    const { disk, steps } = runWorkload('LINKED', SMALL, ops('write /a 512', 'write /b 512', 'write /a 1024'));
    expect(disk.reserved).toBe(1);
    const a = fileAt(disk, '/a');
    expect(a.blocks).toEqual([1, 3, 4]);
    expect(fatChain(disk, a)).toEqual([
      { block: 1, next: 3 },
      { block: 3, next: 4 },
      { block: 4, next: -1 },
    ]);
    expect(explainAllocation(decision(steps[2]?.outcome))).toBe(
      '/a: blocks 3–4 (the first free after block 1), each linked to the next in the FAT',
    );
    expect(fileMetrics(disk, 1, '/a')).toMatchObject({ fragments: 2, seeks: 2, fatBytes: 12, metadataBlocks: 0 });
  });
});

describe('indexed allocation', () => {
  it('takes a single indirect block before the 13th data block, and a double one past the single', () => {
    // 512-byte blocks: an indirect block holds 128 pointers.
    const disk = createAllocDisk('INDEXED', { blocks: 512, blockSize: 512 });
    const first = decision(applyOp(disk, { kind: 'write', path: '/f', bytes: 13 * 512 }));
    expect(first.reason).toMatchObject({ kind: 'indexed', indirect: [12] });
    const f = fileAt(disk, '/f');
    expect(f.blocks).toEqual([...Array.from({ length: 12 }, (_, i) => i), 13]);
    expect(fileMetrics(disk, 1, '/f').seeks).toBe(1);
    decision(applyOp(disk, { kind: 'write', path: '/f', bytes: 128 * 512 }));
    // 141 blocks: 12 direct + 128 through the single; the 141st needs the double and its first indirect.
    expect(f.meta).toEqual([12, 141, 142]);
    expect(disk.kind[141]).toBe(3);
    expect(ALLOCATION_STRATEGIES.INDEXED.readOrder(disk, f).slice(139, 144)).toEqual([139, 140, 141, 142, 143]);
    const cut = decision(applyOp(disk, { kind: 'truncate', path: '/f', bytes: 12 * 512 }));
    expect(cut.reason).toMatchObject({ kind: 'freed', meta: [12, 141, 142] });
    expect(f.meta).toEqual([]);
    expect(allocationInvariants(disk)).toEqual([]);
  });

  it('refuses a file past the double indirect block with EFBIG', () => {
    const disk = createAllocDisk('INDEXED', { blocks: 64, blockSize: 512 });
    const refused = applyOp(disk, { kind: 'write', path: '/f', bytes: (12 + 128 + 128 * 128 + 1) * 512 });
    expect(refused.ok === false && refused.error.code).toBe('EFBIG');
  });
});

describe('extent allocation', () => {
  it('extends the last extent in place, adds extents, and past four takes an extent-tree block', () => {
    const lines = ['write /f 512'];
    for (let i = 0; i < 5; i++) lines.push(`write /x${i} 512`, 'write /f 512');
    const { disk, steps } = runWorkload('EXTENTS', SMALL, ops(...lines));
    const f = fileAt(disk, '/f');
    expect(f.fragments).toBe(6);
    expect(f.meta).toHaveLength(1);
    // The fifth extent (the ninth operation) is the first the inode cannot hold.
    expect(explainAllocation(decision(steps[8]?.outcome))).toMatch(
      /a new extent at block \d+ .*; extent-tree block \d+/,
    );
    expect(decision(steps[10]?.outcome).reason).toMatchObject({ treeBlocks: [] });
    const grow = runWorkload('EXTENTS', SMALL, ops('write /g 512', 'write /g 1024')).steps[1]?.outcome;
    expect(decision(grow).reason).toEqual({ kind: 'extents', extended: 2, added: [], treeBlocks: [] });
    expect(allocationInvariants(disk)).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses a size that is not a whole number of bytes, and a disk no geometry allows', () => {
    const disk = createAllocDisk('LINKED', SMALL);
    const bad = applyOp(disk, { kind: 'write', path: '/a', bytes: -1 });
    expect(bad.ok === false && bad.error).toEqual({
      code: 'EINVAL',
      message: 'bytes must be a whole number from 0 to 1073741824 (got -1)',
    });
    expect(compareAllocations({ blocks: 8, blockSize: 512 }, [])).toEqual({
      ok: false,
      error: { code: 'EINVAL', message: 'blocks must be a whole number from 16 to 262,144 (got 8)' },
    });
  });
});

describe('the namespace', () => {
  it('gives each bad operation its POSIX error and says it in a line', () => {
    const disk = createAllocDisk('EXTENTS', SMALL);
    const cases: [string, string][] = [
      ['rm /nope', 'ENOENT'],
      ['mkdir /d', ''],
      ['write /d 10', 'EISDIR'],
      ['write /d/f 10', ''],
      ['rmdir /d', 'ENOTEMPTY'],
      ['rm /d', 'EISDIR'],
      ['ln /d /e', 'EPERM'],
      ['mv /d /d/x', 'EINVAL'],
      ['mkdir /d', 'EEXIST'],
      ['truncate /g 5', 'ENOENT'],
      ['write /d/f/x 1', 'ENOTDIR'],
      ['rmdir /', 'EBUSY'],
      ['sync', ''],
    ];
    for (const [line, code] of cases) {
      const [op] = ops(line);
      const outcome = applyOp(disk, op!);
      expect(outcome.ok ? '' : outcome.error.code, line).toBe(code);
      if (!outcome.ok) expect(explainOutcome(op!, outcome)).toContain(`${line}: ${code}`);
    }
  });

  it('keeps a file while a hard link names it, and renames replace', () => {
    const { disk } = runWorkload(
      'INDEXED',
      SMALL,
      ops('write /a 600', 'ln /a /b', 'rm /a', 'write /c 512', 'mv /c /b'),
    );
    expect(resolveIn(disk, '/a').ok).toBe(false);
    expect(fileAt(disk, '/b').size).toBe(512);
    expect(disk.freeBlocks).toBe(63);
    expect(allocationInvariants(disk)).toEqual([]);
  });
});
