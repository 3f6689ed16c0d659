import { segmentRange, type Growth } from '../../core/memory/segmented';

/** What relocation.py and segmentation.py answers share: registers per segment and translations. */
export interface BoundsProblem {
  addressSpace: number;
  physicalMemory: number;
  /** slot i of the address space is segment i; base as OSTEP prints it (a segment growing down: its top) */
  segments: readonly { base: number; limit: number; grows: Growth }[];
  translations: readonly { va: number; valid: boolean; pa: number | null; explanation: string }[];
}

/** A stretch of a column, in pixels from its top, with the addresses it stands for. */
export interface Band {
  y: number;
  h: number;
  from: number;
  to: number;
}

export interface BoundsPicture {
  /** pixels of each column: the address space on the left, physical memory on the right */
  height: number;
  segments: { label: string; grows: Growth; virtual: Band; physical: Band }[];
  /** the first MAX_ARROWS translations: from the VA to its PA, or to nothing (a violation) */
  arrows: { index: number; vy: number; py: number | null; label: string; explanation: string }[];
  /** translations not drawn */
  hidden: number;
}

export const PICTURE_HEIGHT = 320;
const MAX_ARROWS = 24;

const scale = (n: number, size: number): number =>
  Math.round((Math.min(Math.max(n, 0), size) / size) * PICTURE_HEIGHT * 10) / 10;

function band(from: number, to: number, size: number): Band {
  const y = scale(from, size);
  return { y, h: Math.max(Math.round((scale(to, size) - y) * 10) / 10, 1), from, to };
}

/** The virtual addresses segment i covers: from its slot's start growing up, up to its slot's end growing down. */
function virtualRange(p: BoundsProblem, i: number): { from: number; to: number } {
  const n = p.segments.length;
  const start = Math.ceil((i * p.addressSpace) / n);
  const end = Math.ceil(((i + 1) * p.addressSpace) / n);
  const s = p.segments[i] as BoundsProblem['segments'][number];
  return s.grows === 'up'
    ? { from: start, to: Math.min(start + s.limit, end) }
    : { from: Math.max(end - s.limit, start), to: end };
}

/** The picture of a base-and-bounds or segmented problem: where each segment lies on both sides, each VA's fate. */
export function boundsPicture(p: BoundsProblem): BoundsPicture {
  const segments = p.segments.map((s, i) => {
    const v = virtualRange(p, i);
    const ph = segmentRange({ base: s.base, bounds: s.limit, grows: s.grows });
    return {
      label: p.segments.length === 1 ? 'base and bounds' : `segment ${i}`,
      grows: s.grows,
      virtual: band(v.from, v.to, p.addressSpace),
      physical: band(ph.from, ph.to, p.physicalMemory),
    };
  });
  const arrows = p.translations.slice(0, MAX_ARROWS).map((t, index) => ({
    index,
    vy: scale(t.va, p.addressSpace),
    py: t.pa === null ? null : scale(t.pa, p.physicalMemory),
    label: `VA ${index}: ${t.explanation}`,
    explanation: t.explanation,
  }));
  return { height: PICTURE_HEIGHT, segments, arrows, hidden: Math.max(0, p.translations.length - MAX_ARROWS) };
}
