import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namespaceOps } from '../../testing/fsOps';
import { applyFsOp } from '../applyFsOp';
import { createFileSystem } from '../fileSystem';
import { fsInvariants } from '../invariants';
import { placementOf } from '../layout/nodeLayout';
import { repairFs } from '../repair';
import { blockRuns } from './disk';
import { formatAllocation, NODE_ALLOCATIONS } from './nodeAllocation';

const NAMES = ['/a', '/b', '/a/c', '/a/d', '/b/e'];

describe('the node file system under each allocation strategy (properties)', () => {
  it('keeps every block in one place, the bitmaps true, contiguous files whole, and refusals harmless', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NODE_ALLOCATIONS),
        fc.constantFrom<'vsfs' | 'ffs'>('vsfs', 'ffs'),
        fc.array(namespaceOps(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 12_000 })), { maxLength: 25 }),
        (allocation, layout, ops) => {
          const config = { allocation, layout, blocks: 64, inodes: 8, ffs: { groups: 2, largeFileBlocks: 12 } };
          const fs = createFileSystem({
            inodes: 8,
            dataBlocks: 64,
            entriesPerBlock: 4,
            pointersPerInode: 40,
            blockSize: 512,
          });
          formatAllocation(fs, allocation);
          const placement = placementOf(config);
          for (const [tick, op] of ops.entries()) {
            fs.now = tick;
            const before = structuredClone(fs);
            if (!applyFsOp(fs, op, placement).ok) expect(fs).toEqual(before);
            expect(fsInvariants(fs)).toEqual([]);
            if (allocation === 'contiguous')
              for (const inode of fs.inodes) expect(blockRuns(inode?.blocks ?? []).length).toBeLessThanOrEqual(1);
          }
          const copy = structuredClone(fs);
          expect(repairFs(copy)).toEqual([]);
          expect(copy).toEqual(fs);
        },
      ),
      { numRuns: 200 },
    );
  });
});
