/** Geometry shared by drawing and hit-testing, so a pixel means the same tick in both. */
export interface GanttLayout {
  /** CSS pixels */
  width: number;
  height: number;
  /** visible time range in ticks, [viewStart, viewEnd) */
  viewStart: number;
  viewEnd: number;
  /** CSS pixels per lane and for the lane-label column */
  laneHeight: number;
  labelWidth: number;
  devicePixelRatio: number;
}

/** Height of the time axis above the lanes, in CSS pixels. */
export const AXIS_HEIGHT = 22;

/** CSS pixels per tick in the plot area. */
export function pxPerTick(l: GanttLayout): number {
  return (l.width - l.labelWidth) / Math.max(l.viewEnd - l.viewStart, 1e-9);
}

export function timeToX(l: GanttLayout, tick: number): number {
  return l.labelWidth + (tick - l.viewStart) * pxPerTick(l);
}

export function xToTime(l: GanttLayout, x: number): number {
  return l.viewStart + (x - l.labelWidth) / pxPerTick(l);
}

/** Top of lane `lane` in CSS pixels. */
export function laneTop(l: GanttLayout, lane: number): number {
  return AXIS_HEIGHT + lane * l.laneHeight;
}

/**
 * Index of the first bar that ends after `tick`, by binary search. Bars of one lane never overlap and are
 * sorted by start, so their ends are sorted too: every bar before the index lies wholly left of `tick`.
 */
export function firstEndingAfter(bars: readonly { end: number }[], tick: number): number {
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bars[mid] as { end: number }).end > tick) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
