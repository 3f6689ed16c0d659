import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heapify, heapifyAround, heapKeysGrew, heapPop, heapPush, heapRemove, type HeapPlaces } from './heap';

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

const cmp = (a: number, b: number) => (a % 7) - (b % 7) || a - b;

describe('the place map', () => {
  it('holds the place of every item through pushes, pops, removals and re-heaps, and changes no order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('push', 'pop', 'remove', 'heapify'), fc.integer({ min: 0, max: 30 })), {
          maxLength: 120,
        }),
        (ops) => {
          const mapped: number[] = [];
          const plain: number[] = [];
          const places: HeapPlaces<number> = { at: new Map(), touched: [] };
          for (const [op, x] of ops) {
            if (op === 'push' && !places.at.has(x)) {
              heapPush(mapped, x, cmp, places);
              heapPush(plain, x, cmp);
            } else if (op === 'pop') expect(heapPop(mapped, cmp, places)).toBe(heapPop(plain, cmp));
            else if (op === 'remove') expect(heapRemove(mapped, x, cmp, places)).toBe(heapRemove(plain, x, cmp));
            else if (op === 'heapify') {
              heapify(mapped, cmp, places);
              heapify(plain, cmp);
            }
            expect(mapped).toEqual(plain);
            expect(new Map(mapped.map((item, i) => [item, i]))).toEqual(places.at);
          }
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });
});

describe('heapifyAround', () => {
  it('gives the very heap heapify gives, after keys changed and sifts went on with the new keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -15, max: 15 })), { maxLength: 12 }),
        fc.array(fc.tuple(fc.constantFrom('push', 'pop', 'remove'), fc.nat()), { maxLength: 12 }),
        (keys, changes, ops) => {
          const key = keys.slice();
          const byKey = (a: number, b: number) => (key[a] as number) - (key[b] as number) || a - b;
          const places: HeapPlaces<number> = { at: new Map(), touched: [] };
          const h: number[] = [];
          key.forEach((_, id) => id % 3 !== 0 && heapPush(h, id, byKey, places));
          heapify(h, byKey, places);
          const changed = new Set<number>();
          for (const [c, by] of changes) {
            const id = h[c % Math.max(h.length, 1)];
            if (id === undefined) continue;
            key[id] = (key[id] as number) + by;
            changed.add(id);
          }
          // The queue keeps working on the now unordered heap before it is re-ordered (arrivals, removals).
          for (const [op, x] of ops) {
            const id = x % key.length;
            if (op === 'push' && !places.at.has(id)) heapPush(h, id, byKey, places);
            else if (op === 'pop') heapPop(h, byKey, places);
            else if (op === 'remove') heapRemove(h, id, byKey, places);
          }
          const whole = h.slice();
          heapify(whole, byKey);
          const at = [...changed].map((id) => places.at.get(id)).filter((i) => i !== undefined);
          heapifyAround(h, byKey, places, at);
          expect(h).toEqual(whole);
          expect(new Map(h.map((item, i) => [item, i]))).toEqual(places.at);
        },
      ),
      { seed: 20261204, numRuns: 1000 },
    );
  });
});
