import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FsOp } from '../fsOp';
import { applyOp } from './applyOp';
import { createAllocDisk } from './disk';
import { defragment } from './defragment';
import { runsOf } from '../fragmentation';
import { freeSpaceMetrics } from './metrics';
import { allocationInvariants } from './invariants';
import { ALLOCATION_STRATEGIES } from './registry';
import { ALLOCATION_NAMES, type AllocDisk, type AllocFile } from './types';

// Mostly names that can be made, so most operations succeed and files interleave; /e/z never can be.
const PATHS = ['/a', '/b', '/c', '/f', '/g', '/d', '/d/x', '/d/y', '/e/z'];
const BLOCK = 512;
const path = fc.constantFrom(...PATHS);
const bytes = fc.integer({ min: 0, max: 12 * BLOCK });
const fsOp: fc.Arbitrary<FsOp> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('write' as const), path, bytes }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), path, bytes }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('rm' as const), path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('mkdir' as const), path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rmdir' as const), path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('touch' as const), path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('link' as const), target: path, path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: path, to: path }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'sync' as const }) },
);
const workload = fc.record({
  strategy: fc.constantFrom(...ALLOCATION_NAMES),
  blocks: fc.integer({ min: 16, max: 160 }),
  ops: fc.array(fsOp, { minLength: 10, maxLength: 60 }).map((ops): FsOp[] => [{ kind: 'mkdir', path: '/d' }, ...ops]),
});

/** Everything a refused operation must leave as it was. */
function fingerprint(disk: AllocDisk): string {
  return JSON.stringify(disk, (_k, v: unknown) =>
    v instanceof Map ? [...v] : ArrayBuffer.isView(v) ? [...(v as Int32Array)] : v,
  );
}

const run = (strategy: AllocDisk['strategy'], blocks: number, ops: readonly FsOp[]) => {
  const disk = createAllocDisk(strategy, { blocks, blockSize: BLOCK });
  for (const op of ops) applyOp(disk, op);
  return disk;
};

describe('allocation over random workloads', () => {
  it('keeps the invariants after every operation, and a refused one changes nothing', () => {
    fc.assert(
      fc.property(workload, ({ strategy, blocks, ops }) => {
        const disk = createAllocDisk(strategy, { blocks, blockSize: BLOCK });
        for (const op of ops) {
          const before = fingerprint(disk);
          const outcome = applyOp(disk, op);
          if (!outcome.ok) expect(fingerprint(disk)).toBe(before);
          expect(allocationInvariants(disk)).toEqual([]);
        }
      }),
      { seed: 1405, numRuns: 150 },
    );
  });

  it('defragments to one run per file and one free run, keeping every file in its order', () => {
    fc.assert(
      fc.property(workload, ({ strategy, blocks, ops }) => {
        const disk = run(strategy, blocks, ops);
        const result = defragment(disk);
        if (!result.ok) {
          expect(disk.freeBlocks).toBe(0);
          return;
        }
        const after = result.disk;
        expect(allocationInvariants(after)).toEqual([]);
        expect(freeSpaceMetrics(after).freeRuns).toBeLessThanOrEqual(1);
        // Replaying the moves on a disk of block identities proves the order without trusting the new disk.
        const content = Int32Array.from({ length: blocks }, (_, b) => b);
        for (const m of result.moves) {
          expect(
            content[m.to] === -1 ||
              disk.bitmap[content[m.to] as number] === 0 ||
              result.retired.includes(content[m.to] as number),
          ).toBe(true);
          content[m.to] = content[m.from] as number;
          content[m.from] = -1;
        }
        for (const [inum, inode] of disk.inodes.entries()) {
          if (inode?.kind !== 'file') continue;
          const moved = after.inodes[inum] as AllocFile;
          expect(moved.blocks.map((b) => content[b])).toEqual(inode.blocks);
          expect(runsOf(ALLOCATION_STRATEGIES[strategy].readOrder(after, moved))).toBeLessThanOrEqual(1);
        }
        expect(fingerprint(disk)).toBe(fingerprint(run(strategy, blocks, ops)));
      }),
      { seed: 1406, numRuns: 150 },
    );
  });
});
