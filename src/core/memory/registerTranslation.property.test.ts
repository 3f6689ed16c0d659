import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translateBaseBounds } from './baseBounds';
import { segmentRange, translateSegmented, type SegmentTable } from './segmented';

const addressOf = fc.nat({ max: 2 ** 30 });

describe('base and bounds (fast-check)', () => {
  it('never translates outside [base, base + bounds), refuses every VA at or past the bounds, and agrees with base + VA', () => {
    fc.assert(
      fc.property(addressOf, fc.nat({ max: 2 ** 20 }), fc.nat({ max: 2 ** 21 }), (base, bounds, va) => {
        const t = translateBaseBounds({ base, bounds }, va);
        const plain = va < bounds ? base + va : null;
        expect(t.ok ? t.pa : null).toBe(plain);
        if (t.ok) {
          expect(t.pa).toBeGreaterThanOrEqual(base);
          expect(t.pa).toBeLessThan(base + bounds);
        } else expect(t.reason).toEqual({ kind: 'beyond-bounds', va, bounds });
      }),
    );
  });
});

/** A table of 1, 2 or 4 segments over an address space, each growing up or down, its bounds up to its slot. */
const tableOf = fc
  .record({ n: fc.constantFrom(1, 2, 4), addressSpace: fc.integer({ min: 4, max: 1 << 16 }) })
  .chain(({ n, addressSpace }) =>
    fc.record({
      addressSpace: fc.constant(addressSpace),
      segments: fc.array(
        fc.record({
          base: fc.integer({ min: 1 << 16, max: 1 << 24 }),
          bounds: fc.nat({ max: Math.ceil(addressSpace / n) + 2 }),
          grows: fc.constantFrom('up' as const, 'down' as const),
        }),
        { minLength: n, maxLength: n },
      ),
    }),
  );

/**
 * The plain reference: slot i holds the VAs [⌈i·A/n⌉, ⌈(i+1)·A/n⌉); a segment growing up maps the first `bounds`
 * of them from its base, one growing down the last `bounds` of them up to its base.
 */
function reference(t: SegmentTable, va: number): number | null {
  const n = t.segments.length;
  for (const [i, s] of t.segments.entries()) {
    const start = Math.ceil((i * t.addressSpace) / n);
    const end = Math.ceil(((i + 1) * t.addressSpace) / n);
    if (va < start || va >= end) continue;
    if (s.grows === 'up') return va - start < s.bounds ? s.base + (va - start) : null;
    return end - va <= s.bounds ? s.base - (end - va) : null;
  }
  return null;
}

describe('segmentation (fast-check)', () => {
  it("translates every VA into its own segment's physical bytes or refuses it, as the plain reference does", () => {
    fc.assert(
      fc.property(tableOf, fc.nat({ max: 1 << 17 }), (table, va) => {
        const t = translateSegmented(table, va);
        expect(t.ok ? t.pa : null).toBe(reference(table, va));
        if (va >= table.addressSpace) expect(t.reason.kind).toBe('outside-address-space');
        if (!t.ok) return;
        const { from, to } = segmentRange(table.segments[t.reason.segment]!);
        expect(t.pa).toBeGreaterThanOrEqual(from);
        expect(t.pa).toBeLessThan(to);
      }),
    );
  });

  it("with OSTEP's two segments, agrees with segmentation.py's own arithmetic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 1 << 16 }),
        fc.nat({ max: 1 << 15 }),
        fc.nat({ max: 1 << 15 }),
        fc.integer({ min: 1 << 16, max: 1 << 20 }),
        fc.integer({ min: 1 << 16, max: 1 << 20 }),
        fc.nat(),
        (asize, len0, len1, base0, base1, r) => {
          const va = r % asize;
          const nbase1 = base1 + len1;
          // segmentation.py: `if vaddr >= asize / 2` then paddr = nbase1 + (vaddr - asize), a violation below base1
          const ostep =
            va >= asize / 2
              ? nbase1 + (va - asize) < base1
                ? null
                : nbase1 + (va - asize)
              : va >= len0
                ? null
                : va + base0;
          const t = translateSegmented(
            {
              addressSpace: asize,
              segments: [
                { base: base0, bounds: len0, grows: 'up' },
                { base: nbase1, bounds: len1, grows: 'down' },
              ],
            },
            va,
          );
          expect(t.ok ? t.pa : null).toBe(ostep);
        },
      ),
    );
  });
});
