import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFreeRuns, firstRun, longestRun, markRun, nextFree } from './freeRuns';

/** The same answers by scanning a plain array: the oracle the index must agree with. */
function scanFirstRun(free: boolean[], length: number): number {
  let run = 0;
  for (let b = 0; b < free.length; b++) {
    run = free[b] ? run + 1 : 0;
    if (run === length) return b - length + 1;
  }
  return -1;
}

describe('the free-run index', () => {
  it('agrees with a scan of the bitmap after any marks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.array(fc.tuple(fc.nat(80), fc.nat(12), fc.boolean()), { maxLength: 40 }),
        fc.nat(80),
        fc.integer({ min: 1, max: 20 }),
        (blocks, marks, from, length) => {
          const runs = createFreeRuns(blocks);
          const free = Array.from({ length: blocks }, () => true);
          for (const [s, l, used] of marks) {
            const start = s % blocks;
            const len = Math.min(l, blocks - start);
            markRun(runs, start, len, used);
            for (let b = start; b < start + len; b++) free[b] = !used;
          }
          expect(firstRun(runs, length)).toBe(scanFirstRun(free, length));
          const next = free.findIndex((f, b) => f && b >= from);
          expect(nextFree(runs, from)).toBe(next);
          let longest = 0;
          while (scanFirstRun(free, longest + 1) >= 0) longest++;
          expect(longestRun(runs)).toEqual({
            start: longest === 0 ? -1 : scanFirstRun(free, longest),
            length: longest,
          });
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });
});
