import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFree, nextFree, setBit } from './bitmap';

describe('the free summary beside a bitmap (property)', () => {
  it('finds what a plain scan finds, whatever bits change in between', () => {
    const step = fc.oneof(
      // Most changes near the front, where the lowest free entry is and where freeing one must be noticed.
      fc.record({
        kind: fc.constant('set' as const),
        at: fc.oneof(fc.nat({ max: 200 }), fc.nat()),
        bit: fc.constantFrom(0 as const, 1 as const),
      }),
      fc.record({
        kind: fc.constant('fill' as const),
        from: fc.oneof(fc.constant(0), fc.nat()),
        count: fc.integer({ min: 1, max: 5000 }),
      }),
      fc.record({ kind: fc.constant('first' as const) }),
      fc.record({ kind: fc.constant('next' as const), from: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(step, { maxLength: 60 }), (size, steps) => {
        const map = new Uint8Array(size);
        for (const s of steps) {
          if (s.kind === 'set') setBit(map, s.at % size, s.bit);
          else if (s.kind === 'fill')
            for (let b = s.from % size; b < Math.min(size, (s.from % size) + s.count); b++) setBit(map, b, 1);
          else if (s.kind === 'first') expect(firstFree(map)).toBe(map.indexOf(0));
          else expect(nextFree(map, s.from % (size + 1))).toBe(map.indexOf(0, s.from % (size + 1)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
