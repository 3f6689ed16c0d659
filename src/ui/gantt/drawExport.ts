import type { CanvasPalette } from '../theme/canvasPalette';
import { drawGantt } from './drawGantt';
import { drawPattern } from './drawPattern';
import { swatchLook, type ExportFrame, type KeyItem } from './ganttKey';
import type { GanttLayout } from './ganttLayout';
import type { GanttModel } from './toGanttRows';

/** An exported chart (PNG): the title above, the chart, and the legend below, all in CSS pixels. */
export function drawExport(
  ctx: CanvasRenderingContext2D,
  model: GanttModel,
  layout: GanttLayout,
  colors: CanvasPalette,
  frame: ExportFrame,
): void {
  const dpr = layout.devicePixelRatio;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, layout.width, frame.height);
  ctx.fillStyle = colors.text;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = `600 ${Math.round(frame.fontSize * 1.25)}px system-ui, sans-serif`;
  ctx.fillText(frame.title, 8, frame.top / 2);
  drawGantt(ctx, model, layout, colors, frame.top);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = `${frame.fontSize}px system-ui, sans-serif`;
  for (const { item, x, y } of frame.items) {
    const s = frame.swatch;
    if (item.kind !== 'more') drawSwatch(ctx, item, x, y + (frame.fontSize - s) / 2, s, colors);
    ctx.fillStyle = colors.text;
    ctx.textAlign = 'left';
    ctx.fillText(item.text, item.kind === 'more' ? x : x + s + 6, y + frame.fontSize / 2);
  }
}

/** A legend swatch, outlined so a light fill shows on the background. */
function drawSwatch(
  ctx: CanvasRenderingContext2D,
  item: Exclude<KeyItem, { kind: 'more' }>,
  x: number,
  y: number,
  s: number,
  colors: CanvasPalette,
): void {
  const [fill, pattern, ink, split] = swatchLook(item, colors);
  ctx.fillStyle = fill;
  ctx.fillRect(x, y, s, s);
  if (split) {
    ctx.fillStyle = split;
    ctx.fillRect(x + s / 2, y, s / 2, s);
  }
  if (pattern !== 'solid') drawPattern(ctx, pattern, ink, x, y, s, s);
  ctx.strokeStyle = colors.muted;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, s - 1, s - 1);
}
