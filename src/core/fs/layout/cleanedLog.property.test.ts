import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../deepCopy';
import { namespaceOps } from '../../testing/fsOps';
import { applyFsOp } from '../applyFsOp';
import { createFileSystem } from '../fileSystem';
import type { FsOp } from '../fsOp';
import { fsInvariants } from '../invariants';
import { clean, emptyCleanerStats } from '../lfs/cleaner';
import { CLEANER_POLICY_NAMES } from '../lfs/cleanerPolicies';
import { readLog } from '../lfs/logTree';
import { LOWEST_FREE } from '../placement';
import type { FsState } from '../types';
import { createCleanedLog, logOperation } from './cleanedLog';
import type { LogConfig } from './logConfig';
import { logInvariants } from './logInvariants';
import type { LogSegments } from '../lfs/segments';

/** 64 blocks of 1 KiB and 16 inodes; a log of 6 segments of 8 blocks after its checkpoint region. */
const GEOMETRY = { inodes: 16, dataBlocks: 64, entriesPerBlock: 32, pointersPerInode: 64, blockSize: 1024 };
const LOG_BLOCKS = 1 + 6 * 8;

function logged(config: LogConfig) {
  let fs = createFileSystem(GEOMETRY);
  const log = createCleanedLog(fs, LOG_BLOCKS, config);
  const keep = { save: () => deepCopy(fs), restore: (saved: FsState) => void (fs = saved) };
  return {
    log,
    fs: () => fs,
    apply: (op: FsOp) => logOperation(log, fs, op, () => applyFsOp(fs, op, LOWEST_FREE), keep),
  };
}

const NAMES = ['/a', '/b', '/a/c', '/a/d', '/b/e', '/g'];
const TOP = fc.constantFrom('/f', '/g', '/h');
/** The namespace's operations, and many overwrites (emptied and written again) so the log fills and is cleaned. */
const op: fc.Arbitrary<FsOp> = fc.oneof(
  namespaceOps(fc.constantFrom(...NAMES), fc.nat({ max: 4096 })),
  fc.record({ kind: fc.constant('write' as const), path: TOP, bytes: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({ kind: fc.constant('truncate' as const), path: TOP, bytes: fc.constant(0) }),
);
const ops = fc.array(op, { minLength: 20, maxLength: 80 });
const config = fc.record({
  policy: fc.constantFrom(...CLEANER_POLICY_NAMES),
  segmentBlocks: fc.constant(8),
  cleanBelow: fc.integer({ min: 1, max: 2 }),
  cleanTo: fc.integer({ min: 2, max: 4 }),
});

describe('a log on a disk of segments, with its cleaner', () => {
  it('after any operations, the log reaches every live block, frees no live one, and describes the FsState', () => {
    fc.assert(
      fc.property(config, ops, (cfg, workload) => {
        const run = logged(cfg);
        for (const o of workload) {
          const before = deepCopy(run.fs());
          const r = run.apply(o);
          // A refusal for a full log leaves the file system as it was.
          if (!r.done.ok && r.done.error.message.startsWith('the log is full')) expect(run.fs()).toEqual(before);
          expect(logInvariants(run.log, run.fs())).toEqual([]);
          expect(fsInvariants(run.fs())).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('cleaning never changes what the file system holds, only where its blocks lie', () => {
    fc.assert(
      fc.property(config, ops, (cfg, workload) => {
        const run = logged(cfg);
        for (const o of workload) run.apply(o);
        const lfs = run.log.log.lfs;
        const before = readLog(lfs).names;
        const all = (lfs.segments as LogSegments).list.length;
        clean(lfs, { ...cfg, cleanBelow: all, cleanTo: all }, 0, emptyCleanerStats());
        expect(readLog(lfs).names).toEqual(before);
        expect(logInvariants(run.log, run.fs())).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('overwrites make the cleaner run, and a log full of live data refuses with ENOSPC', () => {
    const run = logged({ policy: 'greedy', segmentBlocks: 8, cleanBelow: 2, cleanTo: 3 });
    for (let i = 0; i < 40; i++) {
      expect(run.apply({ kind: 'truncate', path: '/f', bytes: 0 }).done.ok).toBe(i > 0);
      expect(run.apply({ kind: 'write', path: '/f', bytes: 2048 }).done.ok).toBe(true);
    }
    expect(run.log.cleaner.segmentsCleaned).toBeGreaterThan(5);
    expect(logInvariants(run.log, run.fs())).toEqual([]);
    // Files of 8 KiB each until the log cannot hold one more: refused, the rest as it was.
    const refused = Array.from({ length: 8 }, (_, i) => run.apply({ kind: 'write', path: `/g${i}`, bytes: 8192 }));
    const full = refused.find((r) => !r.done.ok)?.done;
    expect(full).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
    expect(full && !full.ok ? full.error.message : '').toMatch(
      /^the log is full of live data: write needs \d+ blocks written and the log has \d+ left after cleaning$/,
    );
    expect(logInvariants(run.log, run.fs())).toEqual([]);
  });
});
