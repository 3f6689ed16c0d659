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
  /** size of text and the axis: 1, larger when presenting */
  scale: number;
}

/** Height of the time axis above the lanes at scale 1, in CSS pixels. */
export const AXIS_HEIGHT = 22;
/** Lane heights (CSS px) a chart that fills its box keeps to: below the least, it scrolls instead. */
export const LANE_LIMITS = { normal: { min: 18, max: 64 }, presenting: { min: 32, max: 96 } } as const;
/** Text (and axis) scale when presenting: read from a projector at the back of a room. */
export const PRESENT_SCALE = 1.45;

export function axisHeight(l: Pick<GanttLayout, 'scale'>): number {
  return Math.round(AXIS_HEIGHT * l.scale);
}

/** The lane height that shares `available` CSS px of height among `lanes`, within the limits. */
export function laneHeightFor(available: number, lanes: number, presenting: boolean): number {
  const { min, max } = presenting ? LANE_LIMITS.presenting : LANE_LIMITS.normal;
  const scale = presenting ? PRESENT_SCALE : 1;
  const share = Math.floor((available - AXIS_HEIGHT * scale) / Math.max(lanes, 1));
  return Math.min(max, Math.max(min, share));
}

/** The chart's font size and font at the layout's scale, and the rough width of one of its characters. */
export function fontSize(l: Pick<GanttLayout, 'scale'>): number {
  return Math.round(11 * l.scale);
}
export function fontOf(l: Pick<GanttLayout, 'scale'>): string {
  return `${fontSize(l)}px system-ui, sans-serif`;
}
export function charWidth(l: Pick<GanttLayout, 'scale'>): number {
  return 7 * l.scale;
}

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
  return axisHeight(l) + lane * l.laneHeight;
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
