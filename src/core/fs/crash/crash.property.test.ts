import fc from 'fast-check';
import { namespaceOps } from '../../testing/fsOps';
import { describe, expect, it } from 'vitest';
import { fsckFindings } from '../invariants';
import type { FsOp } from '../fsOp';
import type { FsState } from '../types';
import { readFs } from './blockImage';
import { crashPoint, diskAfter, exploreCrashes } from './crashPoint';
import type { DiskGeometry } from './diskLayout';
import { JOURNAL_MODES, type JournalMode } from './journalMode';
import { planWrites, type CrashPlan } from './planWrites';

const DISK: DiskGeometry = {
  fs: { inodes: 6, dataBlocks: 10, entriesPerBlock: 3, pointersPerInode: 3, blockSize: 4096 },
  inodesPerBlock: 2,
  journalBlocks: 24,
};

const PATHS = ['/a', '/b', '/a/c', '/a/d', '/b/e'];
const path = fc.constantFrom(...PATHS);
const bytes = fc.constantFrom(0, 1, 4096, 5000, 12288);
const fsOp = namespaceOps(path, bytes);
const workload = fc.array(fsOp, { minLength: 1, maxLength: 10 });

function planOf(ops: FsOp[], mode: JournalMode): CrashPlan {
  const r = planWrites(ops, DISK, mode);
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}

/** Where in the plan's writes a fraction lands (0: before the first write). */
const at = (p: CrashPlan, f: number) => Math.round(f * p.writes.length);

describe('crash consistency (properties)', () => {
  it('in data and ordered modes, at every crash point, replay leaves a consistent file system holding exactly the committed operations', () => {
    fc.assert(
      fc.property(workload, fc.constantFrom<JournalMode>('data', 'ordered'), (ops, mode) => {
        const p = planOf(ops, mode);
        for (const point of exploreCrashes(p)) {
          expect(point.findings).toEqual([]);
          expect(point.recovered).toEqual(p.states[point.durable]);
          expect(point.fates.filter((x) => x.status === 'damaged')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('in writeback mode, replay leaves the metadata as committed, whatever the data blocks hold', () => {
    fc.assert(
      fc.property(workload, fc.double({ min: 0, max: 1, noNaN: true }), (ops, f) => {
        const p = planOf(ops, 'writeback');
        const point = crashPoint(p, at(p, f));
        const want = p.states[point.durable];
        expect([point.recovered.inodes, point.recovered.inodeBitmap, point.recovered.dataBitmap]).toEqual([
          want?.inodes,
          want?.inodeBitmap,
          want?.dataBitmap,
        ]);
        expect(point.findingsAfterRepair).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('with no journal, repair leaves fsck nothing to find', () => {
    fc.assert(
      fc.property(workload, fc.double({ min: 0, max: 1, noNaN: true }), (ops, f) => {
        const p = planOf(ops, 'none');
        const point = crashPoint(p, at(p, f));
        expect(point.findingsAfterRepair).toEqual([]);
        expect(fsckFindings(point.repaired)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('in every mode the image after the last write is the workload run with no crash', () => {
    fc.assert(
      fc.property(workload, fc.constantFrom(...JOURNAL_MODES), (ops, mode) => {
        const p = planOf(ops, mode);
        const whole = p.states[ops.length] as FsState;
        expect(readFs(diskAfter(p, p.writes.length), p.layout, whole.now)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });
});
