import { describe, expect, it } from 'vitest';
import { segmentRange, translateSegmented, type SegmentTable } from './segmented';

/** segmentation.py's README example (seed 0): segment 0 at 6890, 472 bytes up; segment 1 below 4692, 450 bytes. */
const OSTEP: SegmentTable = {
  addressSpace: 1024,
  segments: [
    { base: 6890, bounds: 472, grows: 'up' },
    { base: 4692, bounds: 450, grows: 'down' },
  ],
};

describe('segmentation', () => {
  it("translates the README's addresses: segment 0 up from its base, segment 1 down from its top", () => {
    expect(translateSegmented(OSTEP, 414)).toMatchObject({ ok: true, pa: 7304 });
    expect(translateSegmented(OSTEP, 802)).toEqual({
      ok: true,
      pa: 4470,
      reason: {
        kind: 'within-bounds',
        segment: 1,
        grows: 'down',
        va: 802,
        offset: -222,
        base: 4692,
        bounds: 450,
        pa: 4470,
      },
      sentence:
        'VA 0x322 is in segment 1 (grows down), offset −0xde, 0xde ≤ bounds 0x1c2: PA = base 0x1254 − 0xde = 0x1176',
    });
    expect(translateSegmented(OSTEP, 523)).toEqual({
      ok: false,
      reason: { kind: 'beyond-bounds', segment: 1, grows: 'down', va: 523, offset: -501, bounds: 450 },
      sentence:
        'segmentation violation: VA 0x20b is in segment 1 (grows down), offset −0x1f5 reaches 0x1f5 below the top, past bounds 0x1c2',
    });
    expect(translateSegmented(OSTEP, 488)).toMatchObject({
      ok: false,
      sentence: 'segmentation violation: VA 0x1e8 is in segment 0 (grows up), offset 0x1e8 ≥ bounds 0x1d8',
    });
  });

  it('chooses the segment by the top bit: VA ≥ size / 2, also for an odd size', () => {
    const odd: SegmentTable = { ...OSTEP, addressSpace: 15 };
    expect(translateSegmented(odd, 7)).toMatchObject({ reason: { segment: 0 } });
    expect(translateSegmented(odd, 8)).toMatchObject({ reason: { segment: 1, offset: -7 } });
  });

  it('refuses an address outside the address space', () => {
    expect(translateSegmented(OSTEP, 1024)).toMatchObject({ ok: false, reason: { kind: 'outside-address-space' } });
    expect(translateSegmented(OSTEP, -3)).toMatchObject({ ok: false, reason: { kind: 'not-an-address' } });
  });

  it('gives the physical bytes a segment covers', () => {
    expect(segmentRange({ base: 18, bounds: 5, grows: 'down' })).toEqual({ from: 13, to: 18 });
    expect(segmentRange({ base: 24, bounds: 4, grows: 'up' })).toEqual({ from: 24, to: 28 });
  });
});
