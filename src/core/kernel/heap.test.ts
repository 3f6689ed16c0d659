import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyPlaces,
  heapify,
  heapifyAround,
  heapKeysGrew,
  heapPop,
  heapPush,
  heapRemove,
  placeOf,
  type HeapPlaces,
} from './heap';

/** Every item's place as the places say, and -1 for every other item up to `max`, from the heap itself. */
function expectPlaces(h: readonly number[], places: HeapPlaces, max: number): void {
  for (let item = 0; item <= max; item++) expect(placeOf(places, item)).toBe(h.indexOf(item));
}

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
          const places = emptyPlaces();
          for (const [op, x] of ops) {
            if (op === 'push' && placeOf(places, x) < 0) {
              heapPush(mapped, x, cmp, places);
              heapPush(plain, x, cmp);
            } else if (op === 'pop') expect(heapPop(mapped, cmp, places)).toBe(heapPop(plain, cmp));
            else if (op === 'remove') expect(heapRemove(mapped, x, cmp, places)).toBe(heapRemove(plain, x, cmp));
            else if (op === 'heapify') {
              heapify(mapped, cmp, places);
              heapify(plain, cmp);
            }
            expect(mapped).toEqual(plain);
            expectPlaces(mapped, places, 30);
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
          const places = emptyPlaces();
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
            if (op === 'push' && placeOf(places, id) < 0) heapPush(h, id, byKey, places);
            else if (op === 'pop') heapPop(h, byKey, places);
            else if (op === 'remove') heapRemove(h, id, byKey, places);
          }
          const whole = h.slice();
          heapify(whole, byKey);
          const at = [...changed].map((id) => placeOf(places, id)).filter((i) => i >= 0);
          heapifyAround(h, byKey, places, at);
          expect(h).toEqual(whole);
          expectPlaces(h, places, key.length);
        },
      ),
      { seed: 20261204, numRuns: 1000 },
    );
  });
});

describe('a heap ordered by ranks', () => {
  it('holds every item in the place, and pops it at the turn, that the comparator of the same ranks gives', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.constantFrom('push', 'pop', 'remove'), fc.nat()), { maxLength: 120 }),
        (ranks, ops) => {
          const byRank = (a: number, b: number) => (ranks[a] as number) - (ranks[b] as number);
          const ranked: number[] = [];
          const compared: number[] = [];
          const rankedPlaces = emptyPlaces();
          const comparedPlaces = emptyPlaces();
          // Every item in first, so that the heap is deep enough for a refill's climb to matter.
          for (let item = 0; item < ranks.length; item++) {
            heapPush(ranked, item, ranks, rankedPlaces);
            heapPush(compared, item, byRank, comparedPlaces);
          }
          for (const [op, n] of ops) {
            const item = n % ranks.length;
            if (op === 'pop')
              expect(heapPop(ranked, ranks, rankedPlaces)).toBe(heapPop(compared, byRank, comparedPlaces));
            else if (placeOf(comparedPlaces, item) >= 0) {
              if (op === 'remove') {
                heapRemove(ranked, item, ranks, rankedPlaces);
                heapRemove(compared, item, byRank, comparedPlaces);
              }
            } else if (op === 'push') {
              heapPush(ranked, item, ranks, rankedPlaces);
              heapPush(compared, item, byRank, comparedPlaces);
            }
            expect(ranked).toEqual(compared);
            expect(rankedPlaces).toEqual(comparedPlaces);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
