import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlaces, heapPop, heapPush, heapRemove, heapSorted, placeOf } from './heap';
import { seqPop, seqPush, seqRemove, type SeqQueue } from './seqQueue';

const ITEMS = 150;

describe('the ready queue in readySeq order', () => {
  it('pops, removes and lists in the very order a heap of the same ranks gives, through compactions', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: ITEMS, maxLength: ITEMS }),
        fc.array(
          fc.tuple(
            // Weighted as the engine goes: mostly joins at the tail and pops, now and then one keeps its place.
            fc.constantFrom('tail', 'tail', 'tail', 'pop', 'pop', 'pop', 'front', 'keep', 'remove'),
            fc.nat({ max: ITEMS - 1 }),
          ),
          { minLength: 300, maxLength: 800 },
        ),
        (start, ops) => {
          const ranks = start.slice();
          let tail = 1001;
          let front = -1001;
          const q: SeqQueue = { ready: [], readyHead: 0 };
          const heap: number[] = [];
          const places = emptyPlaces();
          for (const [op, item] of ops) {
            const queued = placeOf(places, item) >= 0;
            if (op === 'pop') expect(seqPop(q)).toBe(heapPop(heap, ranks, places));
            else if (op === 'remove') expect(seqRemove(q, item, ranks)).toBe(heapRemove(heap, item, ranks, places));
            else if (!queued) {
              // 'keep' joins with the rank it had, somewhere in the middle.
              if (op === 'tail') ranks[item] = tail++;
              else if (op === 'front') ranks[item] = front--;
              seqPush(q, item, ranks);
              heapPush(heap, item, ranks, places);
            }
            // Joined: an array compare at every step of every run costs tens of seconds.
            const inOrder = q.ready.slice(q.readyHead);
            expect(inOrder.join()).toBe(heapSorted(heap, ranks).join());
            // The array holds at most twice the queue beyond the few places not worth compacting for.
            expect(q.readyHead).toBeLessThan(Math.max(64, inOrder.length + 1));
          }
        },
      ),
      { seed: 20261207, numRuns: 100 },
    );
  });

  it('says when an item is not there, even one ranked beyond every item queued', () => {
    const ranks = [5, 1, 9];
    const q: SeqQueue = { ready: [], readyHead: 0 };
    seqPush(q, 0, ranks);
    seqPush(q, 1, ranks);
    expect(seqRemove(q, 2, ranks)).toBe(false);
    expect(seqPop(q)).toBe(1);
    expect(seqPop(q)).toBe(0);
    expect(seqPop(q)).toBeUndefined();
  });
});
