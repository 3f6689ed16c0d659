import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { processLook, textColorOn } from '../theme/processLook';
import {
  axisHeight,
  charWidth,
  firstEndingAfter,
  fontOf,
  laneTop,
  pxPerTick,
  timeToX,
  type GanttLayout,
} from './ganttLayout';
import { SEGMENT_KIND } from '../../protocol';
import { drawPattern } from './drawPattern';
import { quantumMarks } from './quantumMarks';
import { isStateKind, STATE_LOOK } from './stateLook';
import type { GanttBar, GanttLane, GanttModel } from './toGanttRows';
import { groupedDigits } from '../../core/groupedDigits';

/** Minimum distance between axis labels, in CSS pixels at scale 1. */
export const AXIS_LABEL_GAP = 70;
/** Patterns need room to be recognisable; narrower bars are drawn flat. */
export const MIN_PATTERN_WIDTH = 5;

/**
 * Draws the Gantt chart: axis, lane labels, bars (colour + pattern per process; idle hatched; context
 * switches dark, half height, marked with vertical ticks) and the cursor. Pure: everything comes from its
 * arguments. Only bars intersecting [viewStart, viewEnd) are visited, found by binary search; bars narrower
 * than a pixel that fall on an already painted pixel column are skipped, so cost grows with pixels, not
 * with segments. `colors` are the theme's (read from CSS variables by the component).
 */
export function drawGantt(
  ctx: CanvasRenderingContext2D,
  model: GanttModel,
  layout: GanttLayout,
  colors: CanvasPalette = LIGHT_CANVAS,
  /** CSS pixels from the top of the canvas (an export puts a title above) */
  offsetY = 0,
): void {
  const { width, height, devicePixelRatio: dpr } = layout;
  ctx.setTransform(dpr, 0, 0, dpr, 0, offsetY * dpr);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, height);
  ctx.font = fontOf(layout);
  ctx.textBaseline = 'middle';
  model.lanes.forEach((lane, i) => {
    const top = laneTop(layout, i);
    if (i % 2 === 1) {
      ctx.fillStyle = colors.laneAlt;
      ctx.fillRect(0, top, width, layout.laneHeight);
    }
    ctx.fillStyle = colors.text;
    ctx.textAlign = 'left';
    ctx.fillText(fit(lane.label, layout.labelWidth - 8, layout), 4, top + layout.laneHeight / 2);
  });
  drawAxis(ctx, layout, colors);
  const axis = axisHeight(layout);
  ctx.save();
  ctx.beginPath();
  ctx.rect(layout.labelWidth, axis, width - layout.labelWidth, height - axis);
  ctx.clip();
  model.lanes.forEach((lane, i) => drawLane(ctx, lane, laneTop(layout, i), layout, colors, model.quantum ?? null));
  if (model.cursor !== null && model.cursor >= layout.viewStart && model.cursor <= layout.viewEnd) {
    const x = Math.round(timeToX(layout, model.cursor)) + 0.5;
    ctx.strokeStyle = colors.cursor;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, axis);
    ctx.lineTo(x, height);
    ctx.stroke();
  }
  ctx.restore();
}

function drawLane(
  ctx: CanvasRenderingContext2D,
  lane: GanttLane,
  top: number,
  layout: GanttLayout,
  colors: CanvasPalette,
  quantum: number | null,
): void {
  const { bars } = lane;
  const pad = barPad(layout);
  const h = layout.laneHeight - 2 * pad;
  const oneDevice = lane.kind !== 'process';
  let lastColumn = -Infinity;
  for (let i = firstEndingAfter(bars, layout.viewStart); i < bars.length; i++) {
    const bar = bars[i] as GanttBar;
    if (bar.start >= layout.viewEnd) break;
    const x0 = timeToX(layout, bar.start);
    const w = timeToX(layout, bar.end) - x0;
    if (w < 1 && Math.floor(x0) <= lastColumn) {
      // One CPU's or GPU's bars do not overlap: of those starting in a column already painted, all but the last end
      // in it (narrow, skipped as this one), and the last, which may be wide, is visited. Found by binary search, not
      // one by one: a long run zoomed out has 150,000 bars a lane in view.
      if (oneDevice) i = Math.max(i, firstPastColumn(bars, i + 1, lastColumn, layout) - 2);
      continue;
    }
    lastColumn = Math.floor(x0);
    drawBar(ctx, bar, lane.kind, x0, top + pad, Math.max(w, 1), h, layout, colors);
    drawQuantumMarks(ctx, quantumMarks(bar, quantum, layout), bar.pid, top + pad, h);
  }
}

/**
 * The first of `bars` (in start order) from `from` on that starts in a pixel column after `column`: found by steps
 * that double, then halving, so it reads bars near `from` (a search over the whole lane reads bars scattered in
 * memory, each a cache miss, and was slower than visiting each one).
 */
function firstPastColumn(bars: readonly GanttBar[], from: number, column: number, layout: GanttLayout): number {
  const past = (i: number) => Math.floor(timeToX(layout, (bars[i] as GanttBar).start)) > column;
  let lo = from;
  let step = 1;
  while (lo + step < bars.length && !past(lo + step)) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, bars.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Thin separators where a lone process's merged quanta ended, in the ink of its bar's label. */
function drawQuantumMarks(ctx: CanvasRenderingContext2D, xs: readonly number[], pid: number, y: number, h: number) {
  if (xs.length === 0) return;
  ctx.strokeStyle = textColorOn(processLook(pid).color);
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const x of xs) {
    ctx.moveTo(Math.round(x) + 0.5, y);
    ctx.lineTo(Math.round(x) + 0.5, y + h);
  }
  ctx.stroke();
}

/** Space above and below a bar in its lane, in CSS pixels. */
export function barPad(layout: GanttLayout): number {
  return Math.max(1, Math.round(layout.laneHeight * 0.12));
}

function drawBar(
  ctx: CanvasRenderingContext2D,
  bar: GanttBar,
  laneKind: GanttLane['kind'],
  x: number,
  y: number,
  w: number,
  h: number,
  layout: GanttLayout,
  colors: CanvasPalette,
): void {
  if (isStateKind(bar.kind)) {
    const look = STATE_LOOK[bar.kind];
    const sh = h * look.height;
    const sy = y + (h - sh) / 2;
    ctx.fillStyle = look.fill(colors);
    ctx.fillRect(x, sy, w, sh);
    if (w >= MIN_PATTERN_WIDTH && look.pattern !== 'solid')
      drawPattern(ctx, look.pattern, look.ink(colors), x, sy, w, sh);
    if (look.outline && w >= 2) {
      ctx.strokeStyle = look.ink(colors);
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, sy + 0.5, w - 1, sh - 1);
    }
    if (sh >= plateHeight(layout))
      drawLabel(
        ctx,
        barLabel(barText(bar, laneKind), x, w, layout),
        y + h / 2,
        look.fill(colors),
        look.ink(colors),
        layout,
      );
    return;
  }
  if (bar.kind === SEGMENT_KIND.idle) {
    ctx.fillStyle = colors.idle;
    ctx.fillRect(x, y, w, h);
    if (w >= MIN_PATTERN_WIDTH) drawPattern(ctx, 'stripes', colors.idleHatch, x, y, w, h);
    return;
  }
  if (bar.kind === SEGMENT_KIND.switch) {
    const sy = y + h / 4;
    ctx.fillStyle = colors.switch;
    ctx.fillRect(x, sy, w, h / 2);
    if (w >= MIN_PATTERN_WIDTH) drawPattern(ctx, 'ticks', colors.switchMark, x, sy, w, h / 2);
    return;
  }
  const look = processLook(bar.pid);
  ctx.fillStyle = look.color;
  ctx.fillRect(x, y, w, h);
  const ink = textColorOn(look.color);
  if (w >= MIN_PATTERN_WIDTH && look.pattern !== 'solid') drawPattern(ctx, look.pattern, ink, x, y, w, h);
  // A cold run (its working set not yet warm in this CPU's cache) is hatched over its process's look.
  if (bar.warm === false && w >= MIN_PATTERN_WIDTH) drawPattern(ctx, 'cross', ink, x, y, w, h);
  drawLabel(ctx, barLabel(barText(bar, laneKind), x, w, layout), y + h / 2, look.color, ink, layout);
}

function drawLabel(
  ctx: CanvasRenderingContext2D,
  plate: BarLabel | null,
  midY: number,
  fill: string,
  ink: string,
  layout: GanttLayout,
): void {
  if (!plate) return;
  const ph = plateHeight(layout);
  ctx.fillStyle = fill;
  ctx.fillRect(plate.mid - plate.width / 2, midY - ph / 2, plate.width, ph);
  ctx.fillStyle = ink;
  ctx.textAlign = 'center';
  ctx.fillText(plate.text, plate.mid, midY);
}

/**
 * The words on a bar: the pid in a CPU lane; in a process lane (which names the process) the CPU it runs on,
 * or the state it is in.
 */
export function barText(bar: GanttBar, laneKind: GanttLane['kind']): string {
  if (isStateKind(bar.kind)) return STATE_LOOK[bar.kind].short;
  return laneKind === 'process' && bar.kind === SEGMENT_KIND.run ? `CPU ${bar.cpu}` : `P${bar.pid}`;
}

export interface BarLabel {
  text: string;
  mid: number;
  width: number;
}

/** Height of the plate behind a bar's label, in CSS pixels. */
export function plateHeight(layout: GanttLayout): number {
  return Math.round(14 * layout.scale);
}

/**
 * A bar's label and the plate behind it (which keeps it readable over the pattern), in the middle of the bar's
 * visible part, so a bar cut by the view edge keeps it whole; null when the visible part is too narrow, or the
 * lane too low for the text.
 */
export function barLabel(text: string, x: number, w: number, layout: GanttLayout): BarLabel | null {
  const left = Math.max(x, layout.labelWidth);
  const right = Math.min(x + w, layout.width);
  const cw = charWidth(layout);
  if (right - left < text.length * cw + 8 || layout.laneHeight < plateHeight(layout)) return null;
  return { text, mid: (left + right) / 2, width: text.length * cw + 4 };
}

function drawAxis(ctx: CanvasRenderingContext2D, layout: GanttLayout, colors: CanvasPalette): void {
  const step = axisStep(layout);
  const axis = axisHeight(layout);
  const cw = charWidth(layout);
  ctx.strokeStyle = colors.grid;
  ctx.lineWidth = 1;
  ctx.fillStyle = colors.muted;
  ctx.beginPath();
  for (let t = Math.ceil(layout.viewStart / step) * step; t <= layout.viewEnd; t += step) {
    const x = Math.round(timeToX(layout, t)) + 0.5;
    if (x < layout.labelWidth) continue;
    ctx.moveTo(x, axis - 4);
    ctx.lineTo(x, layout.height);
    // A label at the right edge is right-aligned so it is not cut off.
    const label = groupedDigits(t);
    const atEdge = x + (label.length * cw) / 2 > layout.width;
    ctx.textAlign = atEdge ? 'right' : 'center';
    ctx.fillText(label, atEdge ? layout.width - 2 : x, axis / 2 - 1);
  }
  ctx.moveTo(layout.labelWidth, axis - 0.5);
  ctx.lineTo(layout.width, axis - 0.5);
  ctx.stroke();
}

/** Ticks between axis labels: labels keep AXIS_LABEL_GAP (scaled) apart. */
export function axisStep(layout: GanttLayout): number {
  return niceStep((AXIS_LABEL_GAP * layout.scale) / pxPerTick(layout));
}

/** The smallest 1, 2 or 5 × 10^k ticks (at least 1: time is an integer tick) not below `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 1)) return 1;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return m * pow;
  return 10 * pow;
}

/** `text` cut with an ellipsis to fit `px` CSS pixels in the layout's font. */
export function fit(text: string, px: number, layout: Pick<GanttLayout, 'scale'>): string {
  const max = Math.max(1, Math.floor(px / charWidth(layout)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
