import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { processLook, textColorOn, type Pattern } from '../theme/processLook';
import { AXIS_HEIGHT, firstEndingAfter, laneTop, pxPerTick, timeToX, type GanttLayout } from './ganttLayout';
import { SEGMENT_KIND } from '../../protocol';
import type { GanttBar, GanttModel } from './toGanttRows';

export const FONT = '11px system-ui, sans-serif';
/** Minimum distance between axis labels, in CSS pixels. */
export const AXIS_LABEL_GAP = 70;
/** Patterns need room to be recognisable; narrower bars are drawn flat. */
export const MIN_PATTERN_WIDTH = 5;
/** Rough width of one label character at FONT; measureText per bar would cost more than it saves. */
export const CHAR_WIDTH = 7;

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
): void {
  const { width, height, devicePixelRatio: dpr } = layout;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, height);
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  model.lanes.forEach((lane, i) => {
    const top = laneTop(layout, i);
    if (i % 2 === 1) {
      ctx.fillStyle = colors.laneAlt;
      ctx.fillRect(0, top, width, layout.laneHeight);
    }
    ctx.fillStyle = colors.text;
    ctx.textAlign = 'left';
    ctx.fillText(fit(lane.label, layout.labelWidth - 8), 4, top + layout.laneHeight / 2);
  });
  drawAxis(ctx, layout, colors);
  ctx.save();
  ctx.beginPath();
  ctx.rect(layout.labelWidth, AXIS_HEIGHT, width - layout.labelWidth, height - AXIS_HEIGHT);
  ctx.clip();
  model.lanes.forEach((lane, i) => drawLane(ctx, lane.bars, laneTop(layout, i), layout, colors));
  if (model.cursor !== null && model.cursor >= layout.viewStart && model.cursor <= layout.viewEnd) {
    const x = Math.round(timeToX(layout, model.cursor)) + 0.5;
    ctx.strokeStyle = colors.cursor;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, AXIS_HEIGHT);
    ctx.lineTo(x, height);
    ctx.stroke();
  }
  ctx.restore();
}

function drawLane(
  ctx: CanvasRenderingContext2D,
  bars: readonly GanttBar[],
  top: number,
  layout: GanttLayout,
  colors: CanvasPalette,
): void {
  const pad = Math.max(1, Math.round(layout.laneHeight * 0.12));
  const h = layout.laneHeight - 2 * pad;
  let lastColumn = -Infinity;
  for (let i = firstEndingAfter(bars, layout.viewStart); i < bars.length; i++) {
    const bar = bars[i] as GanttBar;
    if (bar.start >= layout.viewEnd) break;
    const x0 = timeToX(layout, bar.start);
    const w = timeToX(layout, bar.end) - x0;
    if (w < 1 && Math.floor(x0) <= lastColumn) continue;
    lastColumn = Math.floor(x0);
    drawBar(ctx, bar, x0, top + pad, Math.max(w, 1), h, layout, colors);
  }
}

function drawBar(
  ctx: CanvasRenderingContext2D,
  bar: GanttBar,
  x: number,
  y: number,
  w: number,
  h: number,
  layout: GanttLayout,
  colors: CanvasPalette,
): void {
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
  const plate = barLabel(bar.pid, x, w, layout);
  if (plate) {
    ctx.fillStyle = look.color;
    ctx.fillRect(plate.mid - plate.width / 2, y + h / 2 - 7, plate.width, 14);
    ctx.fillStyle = ink;
    ctx.textAlign = 'center';
    ctx.fillText(plate.text, plate.mid, y + h / 2);
  }
}

/**
 * A bar's label and the plate behind it (which keeps it readable over the pattern), in the middle of the bar's
 * visible part, so a bar cut by the view edge keeps it whole; null when the visible part is too narrow.
 */
export function barLabel(
  pid: number,
  x: number,
  w: number,
  layout: GanttLayout,
): { text: string; mid: number; width: number } | null {
  const left = Math.max(x, layout.labelWidth);
  const right = Math.min(x + w, layout.width);
  const text = `P${pid}`;
  if (right - left < text.length * CHAR_WIDTH + 8) return null;
  return { text, mid: (left + right) / 2, width: text.length * CHAR_WIDTH + 4 };
}

/** Pattern lines drawn over a filled rectangle, clipped to it. 'ticks' marks context switches only. */
function drawPattern(
  ctx: CanvasRenderingContext2D,
  pattern: Exclude<Pattern, 'solid'> | 'ticks',
  ink: string,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const step = 6;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.55;
  ctx.beginPath();
  if (pattern === 'dots') {
    for (let cx = x + step / 2; cx < x + w; cx += step) {
      for (let cy = y + step / 2; cy < y + h; cy += step) {
        ctx.moveTo(cx + 1.2, cy);
        ctx.arc(cx, cy, 1.2, 0, Math.PI * 2);
      }
    }
    ctx.fill();
  } else {
    for (let s = -h; s < w; s += step) {
      if (pattern === 'ticks') {
        ctx.moveTo(x + s + h, y + 1);
        ctx.lineTo(x + s + h, y + h - 1);
        continue;
      }
      ctx.moveTo(x + s, y + h);
      ctx.lineTo(x + s + h, y);
      if (pattern === 'cross') {
        ctx.moveTo(x + s, y);
        ctx.lineTo(x + s + h, y + h);
      }
    }
    ctx.stroke();
  }
  ctx.restore();
}

function drawAxis(ctx: CanvasRenderingContext2D, layout: GanttLayout, colors: CanvasPalette): void {
  const step = niceStep(AXIS_LABEL_GAP / pxPerTick(layout));
  ctx.strokeStyle = colors.grid;
  ctx.lineWidth = 1;
  ctx.fillStyle = colors.muted;
  ctx.beginPath();
  for (let t = Math.ceil(layout.viewStart / step) * step; t <= layout.viewEnd; t += step) {
    const x = Math.round(timeToX(layout, t)) + 0.5;
    if (x < layout.labelWidth) continue;
    ctx.moveTo(x, AXIS_HEIGHT - 4);
    ctx.lineTo(x, layout.height);
    // A label at the right edge is right-aligned so it is not cut off.
    const label = String(t);
    const atEdge = x + (label.length * CHAR_WIDTH) / 2 > layout.width;
    ctx.textAlign = atEdge ? 'right' : 'center';
    ctx.fillText(label, atEdge ? layout.width - 2 : x, AXIS_HEIGHT / 2 - 1);
  }
  ctx.moveTo(layout.labelWidth, AXIS_HEIGHT - 0.5);
  ctx.lineTo(layout.width, AXIS_HEIGHT - 0.5);
  ctx.stroke();
}

/** The smallest 1, 2 or 5 × 10^k ticks (at least 1: time is an integer tick) not below `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 1)) return 1;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return m * pow;
  return 10 * pow;
}

/** `text` cut with an ellipsis to fit `px` CSS pixels at FONT. */
export function fit(text: string, px: number): string {
  const max = Math.max(1, Math.floor(px / CHAR_WIDTH));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
