import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heapify, heapKeysGrew, heapPop, heapPush, heapRemove } from './heap';

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

describe('the place map', () => {
  it('holds the place of every item through pushes, pops, removals and re-heaps, and changes no order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('push', 'pop', 'remove', 'heapify'), fc.integer({ min: 0, max: 30 })), {
          maxLength: 120,
        }),
        (ops) => {
          const cmp = (a: number, b: number) => (a % 7) - (b % 7) || a - b;
          const mapped: number[] = [];
          const plain: number[] = [];
          const at = new Map<number, number>();
          for (const [op, x] of ops) {
            if (op === 'push' && !at.has(x)) {
              heapPush(mapped, x, cmp, at);
              heapPush(plain, x, cmp);
            } else if (op === 'pop') expect(heapPop(mapped, cmp, at)).toBe(heapPop(plain, cmp));
            else if (op === 'remove') expect(heapRemove(mapped, x, cmp, at)).toBe(heapRemove(plain, x, cmp));
            else if (op === 'heapify') {
              heapify(mapped, cmp, at);
              heapify(plain, cmp);
            }
            expect(mapped).toEqual(plain);
            expect(new Map(mapped.map((item, i) => [item, i]))).toEqual(at);
          }
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
