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
}

/**
 * Every block where disk.py draws it once the platter has turned `angle` degrees (block angles are from the head,
 * which sits on the left, the platter turning counter-clockwise).
 */
export function platterMarks(answer: DiskAnswers, angle = 0): PlatterMark[] {
  return answer.layout.blocks.map((b, block) => {
    const r = RADII[b.track] as number;
    const rad = ((b.angle - angle) * Math.PI) / 180;
    return {
      block,
      track: b.track,
      x: Math.round((CENTRE - r * Math.cos(rad)) * 10) / 10,
      y: Math.round((CENTRE - r * Math.sin(rad)) * 10) / 10,
    };
  });
}

export const platterRings = (): { track: number; r: number }[] => RADII.map((r, track) => ({ track, r }));

/** The head's x on the left of the platter with the arm `arm` tracks in (fractional while seeking). */
export function headX(arm: number): number {
  const outer = RADII[0] as number;
  const step = outer - (RADII[1] as number);
  return CENTRE - (outer - step * arm);
}

/** One stacked bar per request served, in order: its seek, rotation and transfer (ticks). */
export const diskBars = (answer: DiskAnswers) =>
  answer.served.map((s, i) => ({
    name: `${i + 1}: ${s.block}`,
    seek: s.seek,
    rotate: s.rotate,
    transfer: s.transfer,
  }));
