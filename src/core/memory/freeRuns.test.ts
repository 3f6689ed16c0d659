import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFreeRuns, firstFit, forEachRun, largestRun, nextFree, nextUsed, setRun } from './freeRuns';

/** Holes of a plain boolean array, the slow obvious way. */
function holesOf(free: boolean[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < free.length;) {
    if (!free[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < free.length && free[j]) j++;
    out.push([i, j - i]);
    i = j;
  }
  return out;
}

describe('free-run tree', () => {
  it('answers first fit, largest hole and next free/used on a hand-made pattern', () => {
    // frames 0..19: used 0, free 1-3, used 4-5, free 6-12, used 13, free 14-19 (20 frames: leaves past 19 are used)
    const t = createFreeRuns(20);
    setRun(t, 0, 1, false);
    setRun(t, 4, 6, false);
    setRun(t, 13, 14, false);
    expect(largestRun(t)).toBe(7);
    expect(firstFit(t, 3)).toBe(1);
    expect(firstFit(t, 4)).toBe(6);
    expect(firstFit(t, 7)).toBe(6);
    expect(firstFit(t, 8)).toBe(-1);
    expect(nextFree(t, 4, 20)).toBe(6);
    expect(nextUsed(t, 6, 20)).toBe(13);
    expect(nextUsed(t, 14, 20)).toBe(20);
  });

  it('agrees with a plain array under random updates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.boolean()), { maxLength: 40 }),
        fc.integer({ min: 1, max: 12 }),
        (frames, updates, n) => {
          const t = createFreeRuns(frames);
          const free = Array<boolean>(frames).fill(true);
          for (const [a, len, f] of updates) {
            const from = a % frames;
            const to = Math.min(frames, from + len);
            setRun(t, from, to, f);
            for (let i = from; i < to; i++) free[i] = f;
          }
          const holes = holesOf(free);
          const seen: [number, number][] = [];
          forEachRun(t, frames, (s, l) => {
            seen.push([s, l]);
          });
          expect(seen).toEqual(holes);
          expect(largestRun(t)).toBe(Math.max(0, ...holes.map((h) => h[1])));
          expect(firstFit(t, n)).toBe(holes.find((h) => h[1] >= n)?.[0] ?? -1);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
