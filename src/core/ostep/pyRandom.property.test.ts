import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneRandom, pyGetrandbits, pyRandbelow, pySeed } from './pyRandom';

/** CPython's _randbelow as it is written: getrandbits(n.bit_length()) until below n, in BigInt. */
function randbelowByBits(st: ReturnType<typeof pySeed>, n: number): number {
  const k = BigInt(n).toString(2).length;
  for (;;) {
    const r = pyGetrandbits(st, k);
    if (r < BigInt(n)) return Number(r);
  }
}

describe('pyRandbelow', () => {
  it('draws what getrandbits(bit_length(n)) rejection draws, for every n up to 2^53, and leaves the same state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 700 }),
        fc.oneof(fc.integer({ min: 1, max: 2 ** 32 + 2 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
        (seed, skip, n) => {
          const a = pySeed(seed);
          for (let i = 0; i < skip; i++) pyRandbelow(a, 3);
          const b = cloneRandom(a);
          const drawn = [pyRandbelow(a, n), pyRandbelow(a, n), pyRandbelow(a, n)];
          expect(drawn).toEqual([randbelowByBits(b, n), randbelowByBits(b, n), randbelowByBits(b, n)]);
          expect(a.index).toBe(b.index);
          expect(a.mt).toEqual(b.mt);
        },
      ),
      { numRuns: 300 },
    );
  });
});
