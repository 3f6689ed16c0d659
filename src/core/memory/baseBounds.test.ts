import { describe, expect, it } from 'vitest';
import { translateBaseBounds } from './baseBounds';

describe('base and bounds', () => {
  const r = { base: 0x3000, bounds: 0x200 };

  it('adds the base to a VA below the bounds, and says so', () => {
    expect(translateBaseBounds(r, 0x1f4)).toEqual({
      ok: true,
      pa: 0x31f4,
      reason: { kind: 'within-bounds', va: 0x1f4, base: 0x3000, bounds: 0x200, pa: 0x31f4 },
      sentence: 'VA 0x1f4 < bounds 0x200: PA = base 0x3000 + 0x1f4 = 0x31f4',
    });
  });

  it('refuses a VA at or past the bounds as a segmentation violation', () => {
    expect(translateBaseBounds(r, 0x2a0)).toEqual({
      ok: false,
      reason: { kind: 'beyond-bounds', va: 0x2a0, bounds: 0x200 },
      sentence: 'segmentation violation: VA 0x2a0 ≥ bounds 0x200',
    });
    expect(translateBaseBounds(r, 0x200).ok).toBe(false);
    expect(translateBaseBounds(r, 0x1ff)).toMatchObject({ ok: true, pa: 0x31ff });
  });

  it('refuses what is not an address without translating it', () => {
    expect(translateBaseBounds(r, -1)).toMatchObject({ ok: false, reason: { kind: 'not-an-address', va: -1 } });
    expect(translateBaseBounds(r, 1.5)).toMatchObject({ ok: false, reason: { kind: 'not-an-address' } });
  });
});
