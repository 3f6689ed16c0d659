import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RankedList } from './rankedList';

describe('RankedList', () => {
  it('reads and cuts by index exactly as an array with splice does, and knows when each item was pushed', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const) }),
      fc.record({ kind: fc.constant('at' as const), r: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) }),
      fc.record({
        kind: fc.constant('cut' as const),
        r: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const list = new RankedList<string>();
        const plain: string[] = [];
        // every item in the order pushed, cut or not: what slotOf indexes
        const pushed: string[] = [];
        ops.forEach((o, n) => {
          if (o.kind === 'push') {
            list.push(`f${n}`);
            plain.push(`f${n}`);
            pushed.push(`f${n}`);
          } else if (plain.length > 0) {
            const k = Math.floor(o.r * plain.length);
            if (o.kind === 'at') {
              expect(list.at(k)).toBe(plain[k]);
              expect(pushed[list.slotOf(k)]).toBe(plain[k]);
              expect(list.atSlot(list.slotOf(k))).toBe(plain[k]);
            }
            if (o.kind === 'cut') expect(list.removeAt(k)).toBe(plain.splice(k, 1)[0]);
          }
          expect(list.length).toBe(plain.length);
        });
        plain.forEach((name, k) => expect(list.at(k)).toBe(name));
        expect(list.toArray()).toEqual(plain);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
