import { hexAddress, isAddress, notAnAddress } from './baseBounds';

/**
 * Segmentation: a base-and-bounds pair per segment, the segment chosen by the top bits of the virtual address.
 * The address space is cut into as many equal slots as there are segments (two: the top bit, as in OSTEP); a
 * segment that grows up starts at its slot's first address, one that grows down (a stack) ends at its slot's
 * last, and its offset is negative: the distance below the slot's end.
 */

export type Growth = 'up' | 'down';

/**
 * One segment's registers. Growing up, `base` is the physical address of its lowest byte; growing down, the
 * physical address just above its highest byte (OSTEP prints that as segment 1's base). `bounds` is its size.
 */
export interface SegmentRegister {
  base: number;
  bounds: number;
  grows: Growth;
}

export interface SegmentTable {
  /** bytes of virtual address space */
  addressSpace: number;
  /** slot i of the address space is segment i */
  segments: readonly SegmentRegister[];
}

export type SegmentReason =
  /** the offset lies within the segment: PA = base + offset (the offset is negative when it grows down) */
  | {
      kind: 'within-bounds';
      segment: number;
      grows: Growth;
      va: number;
      offset: number;
      base: number;
      bounds: number;
      pa: number;
    }
  /** the offset reaches past the segment's bounds: a segmentation violation */
  | { kind: 'beyond-bounds'; segment: number; grows: Growth; va: number; offset: number; bounds: number }
  | { kind: 'outside-address-space'; va: number; addressSpace: number }
  | { kind: 'not-an-address'; va: number };

export type SegmentTranslation =
  | { ok: true; pa: number; reason: Extract<SegmentReason, { kind: 'within-bounds' }>; sentence: string }
  | { ok: false; reason: Exclude<SegmentReason, { kind: 'within-bounds' }>; sentence: string };

/** The physical bytes a segment covers, [from, to). */
export function segmentRange(s: SegmentRegister): { from: number; to: number } {
  return s.grows === 'up' ? { from: s.base, to: s.base + s.bounds } : { from: s.base - s.bounds, to: s.base };
}

/** The segment a VA's top bits select: slot ⌊VA · n / size⌋ (OSTEP's `VA >= asize / 2` for two). */
export const segmentOf = (t: SegmentTable, va: number): number => Math.floor((va * t.segments.length) / t.addressSpace);

/** The first virtual address of slot i, and the end (exclusive) of slot i − 1. */
const slotStart = (t: SegmentTable, i: number): number => Math.ceil((i * t.addressSpace) / t.segments.length);

/** The offset into the segment: from the slot's start growing up, from the slot's end (negative) growing down. */
function offsetIn(t: SegmentTable, i: number, va: number): number {
  const s = t.segments[i] as SegmentRegister;
  return s.grows === 'up' ? va - slotStart(t, i) : va - slotStart(t, i + 1);
}

/** Whether an offset lies within a segment of `bounds` bytes: below them growing up, at most them below the top growing down. */
const fitsIn = (grows: Growth, bounds: number, offset: number): boolean =>
  grows === 'up' ? offset < bounds : -offset <= bounds;

/**
 * The PA of `va`, or -1 when it is refused: translateSegmented's outcome without its reason and sentence, for a
 * trace of millions of addresses printed and never narrated (segmentOf gives the segment).
 */
export function segmentedPa(t: SegmentTable, va: number): number {
  if (!isAddress(va) || va >= t.addressSpace) return -1;
  const segment = segmentOf(t, va);
  const { base, bounds, grows } = t.segments[segment] as SegmentRegister;
  const offset = offsetIn(t, segment, va);
  return fitsIn(grows, bounds, offset) ? base + offset : -1;
}

/** One translation under segmentation. */
export function translateSegmented(t: SegmentTable, va: number): SegmentTranslation {
  if (!isAddress(va)) return { ok: false, reason: { kind: 'not-an-address', va }, sentence: notAnAddress(va) };
  if (va >= t.addressSpace)
    return {
      ok: false,
      reason: { kind: 'outside-address-space', va, addressSpace: t.addressSpace },
      sentence: `VA ${hexAddress(va)} ≥ the address space's size ${hexAddress(t.addressSpace)}: no segment holds it`,
    };
  const segment = segmentOf(t, va);
  const { base, bounds, grows } = t.segments[segment] as SegmentRegister;
  const offset = offsetIn(t, segment, va);
  const where = `VA ${hexAddress(va)} is in segment ${segment} (grows ${grows})`;
  if (!fitsIn(grows, bounds, offset)) {
    const past =
      grows === 'up'
        ? `offset ${hexAddress(offset)} ≥ bounds ${hexAddress(bounds)}`
        : `offset ${hexAddress(offset)} reaches ${hexAddress(-offset)} below the top, past bounds ${hexAddress(bounds)}`;
    return {
      ok: false,
      reason: { kind: 'beyond-bounds', segment, grows, va, offset, bounds },
      sentence: `segmentation violation: ${where}, ${past}`,
    };
  }
  const pa = base + offset;
  const within =
    grows === 'up'
      ? `offset ${hexAddress(offset)} < bounds ${hexAddress(bounds)}: PA = base ${hexAddress(base)} + ${hexAddress(offset)}`
      : `offset ${hexAddress(offset)}, ${hexAddress(-offset)} ≤ bounds ${hexAddress(bounds)}: PA = base ${hexAddress(base)} − ${hexAddress(-offset)}`;
  return {
    ok: true,
    pa,
    reason: { kind: 'within-bounds', segment, grows, va, offset, base, bounds, pa },
    sentence: `${where}, ${within} = ${hexAddress(pa)}`,
  };
}
