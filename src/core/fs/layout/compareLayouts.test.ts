import fc from 'fast-check';
import { namespaceOps } from '../../testing/fsOps';
import { describe, expect, it } from 'vitest';
import { BLOCK_KIND } from '../allocation/types';
import { parseFsOp, type FsOp } from '../fsOp';
import { compareLayouts, layoutSetupOf, type LayoutRun, type LayoutSetup } from './compareLayouts';
import { EXAMPLE_LAYOUT_SETUP, exampleLayoutWorkload } from './layoutExample';

const ops = (...lines: string[]): FsOp[] => lines.map((l) => (parseFsOp(l) as { ok: true; op: FsOp }).op);

function runs(setup: LayoutSetup, workload: FsOp[]): Record<LayoutRun['name'], LayoutRun> {
  const r = compareLayouts(setup, workload);
  if (!r.ok) throw new Error(r.error.message);
  return Object.fromEntries(r.runs.map((x) => [x.name, x])) as Record<LayoutRun['name'], LayoutRun>;
}

const SMALL: LayoutSetup = { blockSize: 4096, blocks: 32, inodes: 16, groups: 2, largeFileBlocks: 4 };

describe('three layouts of one workload', () => {
  it('logs a directory and a file as LFS does, by hand: blocks per operation, live and dead', () => {
    const { lfs } = runs(SMALL, ops('mkdir /a', 'write /a/f 4096'));
    const log = lfs.log as NonNullable<LayoutRun['log']>;
    // Empty: checkpoint 0, root's directory block 1, its inode 2, inode-map piece 3. mkdir appends the root's
    // directory block and inode, /a's block and inode, the piece (4-8); the write /a's block and inode, f's block
    // and inode, the piece (9-13). Live: 0, the newest of each (4, 5, 9, 10, 11, 12, 13).
    expect(log.steps.map((s) => s.writes)).toEqual([
      { data: 0, dir: 2, inode: 2, imap: 1, checkpoint: 1 },
      { data: 1, dir: 1, inode: 2, imap: 1, checkpoint: 1 },
    ]);
    // The log has the vsfs disk's 33 blocks: the checkpoint region and 2 segments of 16, the first in use.
    expect(log).toMatchObject({ diskBlocks: 33, live: 8, dead: 6, deadSegments: 0, userBlocks: 5 });
    expect(log.segments).toEqual({ total: 2, inUse: 1, free: 1, cleaned: 0 });
    expect(Array.from(lfs.map.kind.slice(0, 14))).toEqual([8, 9, 9, 9, 5, 6, 9, 9, 9, 5, 6, 1, 6, 7]);
    expect(lfs.files).toEqual([{ path: '/a/f', inum: 2, blocks: 1, runs: 1, fromInode: 1, fromDir: 1 }]);
  });

  it('on the example: FFS keeps files near their inodes, spreads the big one; vsfs keeps it in one run', () => {
    const r = runs(EXAMPLE_LAYOUT_SETUP, exampleLayoutWorkload());
    const weights = (name: LayoutRun['name']) => r[name].files.find((f) => f.path === '/models/weights');
    expect(weights('vsfs')?.runs).toBe(1);
    expect(weights('ffs')?.runs).toBe(3);
    expect(r.ffs.totals.meanFromInode).toBeLessThan(r.vsfs.totals.meanFromInode);
    const logs = (name: LayoutRun['name']) => r[name].files.find((f) => f.path === '/logs/a') ?? { fromInode: -1 };
    expect(logs('ffs').fromInode).toBeLessThan(logs('vsfs').fromInode);
    // Every change costs LFS at least its inode, an inode-map piece and the checkpoint.
    for (const s of r.lfs.log?.steps ?? [])
      expect(s.writes.inode + s.writes.imap + s.writes.checkpoint).toBeGreaterThanOrEqual(3);
    expect(r.lfs.log?.dead).toBeGreaterThan(0);
    expect([r.vsfs.totals.refused, r.ffs.totals.refused, r.lfs.totals.refused]).toEqual([0, 0, 0]);
  });

  it('refuses a disk its groups cannot split, and compares any scenario disk with the most groups that divide it', () => {
    const r = compareLayouts({ ...SMALL, groups: 3 }, []);
    expect(r.ok ? '' : r.error.message).toContain('layout.ffs.groups must divide layout.blocks (32)');
    const setup = layoutSetupOf({
      blockSize: 1024,
      blocks: 100,
      inodes: 40,
      device: { requestTicks: 0, blockTicks: 0 },
      cache: { blocks: 0, writeBack: false },
    });
    expect(setup).toMatchObject({ groups: 5, largeFileBlocks: 12 });
  });

  const NAMES = ['/a', '/b', '/a/c', '/a/d', '/b/e', '/g'];
  const path = fc.constantFrom(...NAMES);
  const op = namespaceOps(path, fc.nat({ max: 30_000 }));

  it('never gives a block twice, and the log keeps live exactly what its files and directories point to', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (workload) => {
        const r = runs(SMALL, workload);
        for (const name of ['vsfs', 'ffs'] as const) {
          const owned = r[name].map.owner.filter((o) => o >= 0).length;
          const used = r[name].map.kind.filter((k) => k === BLOCK_KIND.data || k === BLOCK_KIND.directory).length;
          expect(owned).toBe(used);
        }
        const log = r.lfs.log as NonNullable<LayoutRun['log']>;
        // Every block written was counted: the empty file system's four, the operations' and the cleaner's.
        const written = log.steps.reduce((n, s) => n + Object.values(s.writes).reduce((a, b) => a + b, 0), 4);
        expect(written + log.cleaner.blocksWritten).toBe(log.writtenBlocks);
        for (const s of log.steps) if (s.error) expect(Object.values(s.writes)).toEqual([0, 0, 0, 0, 0]);
        const liveData = r.lfs.map.kind.filter((k) => k === BLOCK_KIND.data).length;
        expect(liveData).toBe(r.lfs.files.reduce((n, f) => n + f.blocks, 0));
        const used = log.segments.inUse * log.segmentBlocks;
        expect(log.live + log.dead).toBeLessThanOrEqual(used + 1);
        // The log refuses what vsfs refuses, and more only when it is full of live data.
        expect(r.lfs.totals.refused).toBeGreaterThanOrEqual(r.vsfs.totals.refused);
        for (const s of log.steps)
          if (s.error?.code === 'ENOSPC') expect(s.error.message).toMatch(/^the log is full of live data/);
      }),
      { numRuns: 200 },
    );
  });
});
