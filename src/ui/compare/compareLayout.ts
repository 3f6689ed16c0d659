import { AXIS_HEIGHT, firstEndingAfter, timeToX, xToTime, type GanttLayout } from '../gantt/ganttLayout';
import type { GanttModel } from '../gantt/toGanttRows';
import type { TimeRange } from '../gantt/useGanttView';
import type { TickRange } from './scheduleDiff';

/** Nothing to draw but the axis: drawGantt over it draws the shared time axis alone. */
export const NO_LANES: GanttModel = { lanes: [], cursor: null, cpuBars: 0, hiddenProcessLanes: 0 };

/** Lane heights in CSS pixels: below MIN the lane labels stop being readable, above MAX bars look bloated. */
export const MIN_LANE = 16;
export const MAX_LANE = 56;
/** The lane height where the picture's height is not given (it then grows with its rows). */
export const NATURAL_LANE = 24;
/** Space between two schedules, CSS pixels. */
export const ROW_GAP = 6;
/** The band under the axis that marks every tick where some schedule differs from the reference. */
export const DIFF_BAND = 6;
/** The column of lane labels ("CPU 0", "GPU 1") inside each row's canvas. */
export const LANE_LABEL_WIDTH = 48;

export interface CompareLayout {
  /** left column of scheduler names, CSS px; the canvases start right of it */
  nameWidth: number;
  /**
   * The one layout every row's canvas is drawn with (its own axis is cut off by its box) and the shared axis
   * (the same, only AXIS_HEIGHT tall): the same width, label column and view, so a tick has one x in all.
   */
  row: GanttLayout;
  axis: GanttLayout;
  /** height of the axis with its difference band */
  axisHeight: number;
  /** each schedule's top below the axis, and the height of one (its lanes) */
  rowTops: number[];
  rowHeight: number;
  /** every row with the gaps between them */
  rowsHeight: number;
}

export interface CompareSize {
  /** CSS pixels of the picture's box; height 0 = not given */
  width: number;
  height: number;
  rows: number;
  lanesPerRow: number;
  view: TimeRange;
  devicePixelRatio: number;
  /** how much larger lanes and names are drawn: PRESENT_SCALE when presenting, else 1 */
  scale: number;
}

/** Presenting, lanes and the name column grow by this much, for the back of the room. */
export const PRESENT_SCALE = 1.5;

/**
 * Lays the schedules out one under the other below one axis. Lanes share the height given (within
 * MIN_LANE..MAX_LANE; below the minimum the rows scroll under the axis); the name column narrows on small
 * screens.
 */
export function compareLayout(s: CompareSize): CompareLayout {
  const nameWidth = Math.round(Math.min(160 * s.scale, Math.max(84 * s.scale, s.width * 0.14)));
  const axisHeight = AXIS_HEIGHT + DIFF_BAND;
  const rows = Math.max(1, s.rows);
  const lanes = Math.max(1, s.lanesPerRow);
  const room = s.height - axisHeight - (rows - 1) * ROW_GAP;
  const [min, max] = [Math.round(MIN_LANE * s.scale), Math.round(MAX_LANE * s.scale)];
  const laneHeight =
    s.height > 0 ? Math.min(max, Math.max(min, Math.floor(room / (rows * lanes)))) : Math.round(NATURAL_LANE * s.scale);
  const rowHeight = lanes * laneHeight;
  const row: GanttLayout = {
    width: Math.max(LANE_LABEL_WIDTH + 40, s.width - nameWidth),
    height: AXIS_HEIGHT + rowHeight,
    viewStart: s.view.start,
    viewEnd: s.view.end,
    laneHeight,
    labelWidth: LANE_LABEL_WIDTH,
    devicePixelRatio: s.devicePixelRatio,
    // Text at the Gantt's own size: each row crops the axis drawGantt draws, which is AXIS_HEIGHT at scale 1.
    scale: 1,
  };
  return {
    nameWidth,
    row,
    axis: { ...row, height: AXIS_HEIGHT },
    axisHeight,
    rowTops: Array.from({ length: s.rows }, (_, i) => i * (rowHeight + ROW_GAP)),
    rowHeight,
    rowsHeight: s.rows * rowHeight + Math.max(0, s.rows - 1) * ROW_GAP,
  };
}

/** The x of a tick in the picture (CSS px from its left edge): the same in the axis and in every row. */
export function tickToPictureX(l: CompareLayout, tick: number): number {
  return l.nameWidth + timeToX(l.row, tick);
}

/** The tick under a picture x, or null left of the plot (names and lane labels). */
export function tickAtPictureX(l: CompareLayout, x: number): number | null {
  const cx = x - l.nameWidth;
  return cx < l.row.labelWidth || cx > l.row.width ? null : xToTime(l.row, cx);
}

/** The row under a y measured from the top of the rows (below the axis); null in a gap or past the last. */
export function rowAtY(l: CompareLayout, y: number): number | null {
  const i = l.rowTops.findIndex((top) => y >= top && y < top + l.rowHeight);
  return i < 0 ? null : i;
}

/** A stretch of differing ticks as drawn: x and width in canvas pixels (from the canvas's left edge). */
export interface Mark extends TickRange {
  x: number;
  width: number;
}

/**
 * The differing stretches in view as marks at least MIN_MARK px wide (one tick may be narrower than a pixel),
 * clipped to the plot; marks that would touch are joined, so their number is bounded by the plot's width.
 */
export function diffMarks(ranges: readonly TickRange[], layout: GanttLayout): Mark[] {
  const marks: Mark[] = [];
  for (let i = firstEndingAfter(ranges, layout.viewStart); i < ranges.length; i++) {
    const r = ranges[i] as TickRange;
    if (r.start >= layout.viewEnd) break;
    const left = Math.max(layout.labelWidth, timeToX(layout, r.start));
    const right = Math.min(layout.width, Math.max(timeToX(layout, r.end), left + MIN_MARK));
    const last = marks[marks.length - 1];
    if (last && left <= last.x + last.width + 1) {
      last.width = right - last.x;
      last.end = r.end;
    } else marks.push({ start: r.start, end: r.end, x: left, width: right - left });
  }
  return marks;
}

const MIN_MARK = 2;
