import { hexAddress, translateBaseBounds, type BaseBounds, type BoundsTranslation } from './baseBounds';
import { translateSegmented, type SegmentTable, type SegmentTranslation } from './segmented';

/**
 * The MMU's steps for one translation under base and bounds or segmentation, as the walkthrough shows them one
 * at a time and an exercise explains its answer: which segment, what offset, the bounds check, the physical
 * address or the fault. Each step is read from the translation's typed reason.
 */
export type RegisterStep =
  | { step: 'segment'; segment: number; text: string }
  | { step: 'offset'; offset: number; text: string }
  | { step: 'bounds'; within: boolean; text: string }
  | { step: 'physical'; pa: number; text: string }
  | { step: 'fault'; text: string };

export interface RegisterWalk<T> {
  translation: T;
  steps: RegisterStep[];
}

/** Base and bounds: the bounds check, then base + VA or the fault. */
export function walkBaseBounds(r: BaseBounds, va: number): RegisterWalk<BoundsTranslation> {
  const t = translateBaseBounds(r, va);
  if (t.reason.kind === 'not-an-address') return { translation: t, steps: [{ step: 'fault', text: t.sentence }] };
  const within = t.ok;
  const steps: RegisterStep[] = [
    {
      step: 'bounds',
      within,
      text: within
        ? `VA ${hexAddress(va)} is below the bounds register ${hexAddress(r.bounds)}: it is inside the address space.`
        : `VA ${hexAddress(va)} is not below the bounds register ${hexAddress(r.bounds)}.`,
    },
    t.ok
      ? {
          step: 'physical',
          pa: t.pa,
          text: `PA = base ${hexAddress(r.base)} + VA ${hexAddress(va)} = ${hexAddress(t.pa)}.`,
        }
      : { step: 'fault', text: `The MMU raises a segmentation violation: ${t.sentence}.` },
  ];
  return { translation: t, steps };
}

/** Segmentation: the top bits pick the segment, the offset within it, the bounds check, then base + offset or the fault. */
export function walkSegmented(table: SegmentTable, va: number): RegisterWalk<SegmentTranslation> {
  const t = translateSegmented(table, va);
  const r = t.reason;
  if (r.kind === 'not-an-address' || r.kind === 'outside-address-space')
    return { translation: t, steps: [{ step: 'fault', text: `${t.sentence}.` }] };
  const down = r.grows === 'down';
  const steps: RegisterStep[] = [
    {
      step: 'segment',
      segment: r.segment,
      text: `The top bits of VA ${hexAddress(va)} select segment ${r.segment}, which grows ${r.grows}.`,
    },
    {
      step: 'offset',
      offset: r.offset,
      text: down
        ? `Growing down, the offset is VA − the end of its part of the address space: ${hexAddress(r.offset)} (${hexAddress(-r.offset)} below the top).`
        : `The offset into the segment is ${hexAddress(r.offset)}.`,
    },
    {
      step: 'bounds',
      within: t.ok,
      text: down
        ? `${hexAddress(-r.offset)} ${t.ok ? '≤' : '>'} the segment's bounds ${hexAddress(r.bounds)}: ${t.ok ? 'inside' : 'outside'} the segment.`
        : `${hexAddress(r.offset)} ${t.ok ? '<' : '≥'} the segment's bounds ${hexAddress(r.bounds)}: ${t.ok ? 'inside' : 'outside'} the segment.`,
    },
    t.ok
      ? {
          step: 'physical',
          pa: t.pa,
          text: `PA = base ${hexAddress(t.reason.base)} ${down ? '−' : '+'} ${hexAddress(Math.abs(r.offset))} = ${hexAddress(t.pa)}.`,
        }
      : { step: 'fault', text: `The MMU raises a segmentation violation in segment ${r.segment}.` },
  ];
  return { translation: t, steps };
}
