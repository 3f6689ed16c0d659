import type { DiskAnswers } from '../../core/index';

/** The platter's drawing: OSTEP's radii (140, 100, 60) in a 320-unit square, the head on the left. */
export const PLATTER_SIZE = 320;
const CENTRE = PLATTER_SIZE / 2;
const RADII = [140, 100, 60];

export interface PlatterMark {
  block: number;
  track: number;
  x: number;
  y: number;
  /** 1-based turn in which the run served it (first served first); null when nobody asked for it */
  order: number | null;
  label: string;
}

/**
 * Every block where disk.py draws it at the start (block angles are from the head, which sits on the left, the
 * platter turning counter-clockwise), numbered by the order the run served them.
 */
export function platterMarks(answer: DiskAnswers): PlatterMark[] {
  const order = new Map<number, number>();
  answer.served.forEach((s, i) => {
    if (!order.has(s.block)) order.set(s.block, i + 1);
  });
  return answer.layout.blocks.map((b, block) => {
    const r = RADII[b.track] as number;
    const rad = (b.angle * Math.PI) / 180;
    const served = order.get(block) ?? null;
    return {
      block,
      track: b.track,
      x: Math.round((CENTRE - r * Math.cos(rad)) * 10) / 10,
      y: Math.round((CENTRE - r * Math.sin(rad)) * 10) / 10,
      order: served,
      label: served === null ? `block ${block}` : `block ${block}, served ${ordinal(served)}`,
    };
  });
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const platterRings = (): { track: number; r: number }[] => RADII.map((r, track) => ({ track, r }));

/** One stacked bar per request served, in order: its seek, rotation and transfer (ticks). */
export const diskBars = (answer: DiskAnswers) =>
  answer.served.map((s, i) => ({
    name: `${i + 1}: ${s.block}`,
    seek: s.seek,
    rotate: s.rotate,
    transfer: s.transfer,
  }));
