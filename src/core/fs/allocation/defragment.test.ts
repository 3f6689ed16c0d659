import { describe, expect, it } from 'vitest';
import { runWorkload } from './compare';
import { defragment } from './defragment';
import { allocationInvariants } from './invariants';
import { freeSpaceMetrics } from './metrics';
import { ops } from './testing';

describe('the defragmenter', () => {
  it('packs a fragmented linked disk: each file one run, free space one run, every move listed', () => {
    // /a takes 1–2, /b 3, /a grows into 4–5, /b is removed: /a is 1–2, 4–5 with a hole at 3.
    const { disk } = runWorkload(
      'LINKED',
      { blocks: 16, blockSize: 512 },
      ops('write /a 1024', 'write /b 512', 'write /a 1024', 'rm /b'),
    );
    const result = defragment(disk);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.moves).toEqual([
      { from: 4, to: 3, inum: 1, why: 'place' },
      { from: 5, to: 4, inum: 1, why: 'place' },
    ]);
    expect(result.text).toBe(
      '2 block moves (2 into place, 0 out of the way): 1 file each one run, free space one run of 11 blocks',
    );
    expect(result.disk.next[2]).toBe(3);
    expect(freeSpaceMetrics(result.disk)).toMatchObject({ freeRuns: 1, largestFreeRun: 11 });
    expect(disk.bitmap[5]).toBe(1);
  });

  it('parks a block that is in the way, and frees extent-tree blocks a one-run file no longer needs', () => {
    const lines = ['write /f 512'];
    for (let i = 0; i < 5; i++) lines.push(`write /x${i} 512`, 'write /f 512');
    lines.push('rm /x0', 'rm /x2');
    const { disk } = runWorkload('EXTENTS', { blocks: 32, blockSize: 512 }, ops(...lines));
    const result = defragment(disk);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.retired).toHaveLength(1);
    expect(result.moves.some((m) => m.why === 'park')).toBe(true);
    expect(result.text).toMatch(/, 1 extent-tree block freed: 4 files each one run/);
    expect(allocationInvariants(result.disk)).toEqual([]);
  });

  it('needs nothing on a tidy disk, and a free block to move through on an untidy full one', () => {
    const tidy = runWorkload('INDEXED', { blocks: 16, blockSize: 512 }, ops('write /a 8192')).disk;
    expect(defragment(tidy)).toMatchObject({ ok: true, moves: [] });
    const full = runWorkload(
      'LINKED',
      { blocks: 16, blockSize: 512 },
      ops('write /a 512', 'write /b 512', 'write /a 6656', 'write /b 512'),
    );
    expect(full.disk.freeBlocks).toBe(0);
    expect(defragment(full.disk)).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
  });
});
