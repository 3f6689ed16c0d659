import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FsState } from '../../fs/types';
import { vsfsProblem } from '../vsfs/vsfsCommand';
import { vsfsRun } from '../vsfs/vsfsPlan';
import { CORRUPTIONS, planCorruption } from './fsckCorrupt';
import { FSCK_RULES } from './fsckScript';

/** The file system fsck.py's workload leaves for these options. */
function workload(seed: number, size: number, requests: number): FsState {
  const p = vsfsProblem({ seed, numInodes: size, numData: size, numRequests: requests }, false);
  if (typeof p === 'string') throw new Error(p);
  const run = vsfsRun(p.fs, p.seed, p.requests, FSCK_RULES);
  while (!run.next().done);
  return p.fs;
}

describe('planCorruption', () => {
  // fsck's text shows the file system before the corruption from the file system itself (no copy): the plan must
  // leave it as the workload left it, refusals included.
  it('reads the file system without changing it', () => {
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.nat(1000),
        fc.integer({ min: -1, max: CORRUPTIONS - 1 }),
        fc.integer({ min: 2, max: 40 }),
        fc.nat(40),
        (seed, seedCorrupt, which, size, requests) => {
          const fs = workload(seed, size, requests);
          const before = structuredClone(fs);
          planCorruption(fs, seedCorrupt, which);
          expect(fs).toEqual(before);
        },
      ),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
