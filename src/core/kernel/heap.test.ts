import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heapKeysGrew, heapPop, heapPush } from './heap';

describe('heapKeysGrew', () => {
  it('after some keys grow, the heap pops in the new order (as a full re-sort would give)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.integer({ min: 1, max: 40 }),
        (keys, grow, by) => {
          const key = keys.slice();
          const cmp = (a: number, b: number) => (key[a] as number) - (key[b] as number) || a - b;
          const h: number[] = [];
          key.forEach((_, id) => heapPush(h, id, cmp));
          const grown = [...new Set(grow.map((g) => g % key.length))];
          for (const id of grown) key[id] = (key[id] as number) + by;
          heapKeysGrew(
            h,
            grown.map((id) => h.indexOf(id)),
            cmp,
          );
          const popped: number[] = [];
          while (h.length > 0) popped.push(heapPop(h, cmp) as number);
          expect(popped).toEqual(key.map((_, id) => id).sort(cmp));
        },
      ),
      { numRuns: 500 },
    );
  });
});
