import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../fs/paths';
import type { Inode } from '../../fs/types';
import { FSCK_RULES } from '../fsck/fsckScript';
import { vsfsProblem } from './vsfsCommand';
import { VSFS_RULES, vsfsRun, vsfsWorkload } from './vsfsPlan';

/** A small random problem's seed, disk size and request count, under vsfs's rules or fsck's. */
const ARGS = [
  fc.nat(1000),
  fc.integer({ min: 2, max: 60 }),
  fc.nat(200),
  fc.constantFrom(VSFS_RULES, FSCK_RULES),
] as const;

function problemOf(seed: number, size: number, requests: number) {
  const p = vsfsProblem({ seed, numInodes: size, numData: size, numRequests: requests }, false);
  if (typeof p === 'string') throw new Error(p);
  return p;
}

describe('vsfsRun', () => {
  // A write and a link act on the inode the generator holds for a file, not on a lookup of its name: the file its
  // path names must be the one changed.
  it('writes to and links the file its path names', () => {
    fc.assert(
      fc.property(...ARGS, (seed, size, requests, rules) => {
        const p = problemOf(seed, size, requests);
        const run = vsfsRun(p.fs, p.seed, p.requests, rules);
        for (let next = run.next(); !next.done; next = run.next()) {
          const e = next.value;
          if (e.kind !== 'op') continue;
          if (e.op.op === 'write') {
            const named = resolve(e.fs, e.op.path);
            if (!named.ok) throw new Error(named.error.message);
            // vsfs's inodes point at one block: a write is the file's only one
            const inode = e.fs.inodes[named.inum] as Inode;
            expect(inode.blocks.map((b) => e.fs.blocks[b])).toEqual([{ kind: 'file', data: e.op.data }]);
          } else if (e.op.op === 'link') expect(resolve(e.fs, e.op.path)).toEqual(resolve(e.fs, e.op.target));
        }
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  it('runs the workload without its events to the same end as with them', () => {
    fc.assert(
      fc.property(...ARGS, (seed, size, requests, rules) => {
        const withEvents = problemOf(seed, size, requests);
        const run = vsfsRun(withEvents.fs, seed, withEvents.requests, rules);
        let outOf = null;
        let next = run.next();
        for (; !next.done; next = run.next()) if (next.value.kind === 'outOf') outOf = next.value.what;
        const without = problemOf(seed, size, requests);
        const ran = vsfsWorkload(without.fs, seed, requests, rules);
        expect(ran.outOf).toBe(outOf);
        expect(without.fs).toEqual(withEvents.fs);
        expect(ran.lists.files()).toEqual(next.value.files());
        expect(ran.lists.dirs).toEqual(next.value.dirs);
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
