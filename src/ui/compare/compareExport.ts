import { escapeXml, num } from '../export/xml';
import { exportScale, renderPng } from '../export/renderPng';
import type { CanvasPalette } from '../theme/canvasPalette';
import { drawGantt, fit } from '../gantt/drawGantt';
import { AXIS_HEIGHT, type GanttLayout } from '../gantt/ganttLayout';
import { ganttSvg } from '../gantt/ganttSvg';
import type { GanttModel } from '../gantt/toGanttRows';
import { DIFF_BAND, diffMarks, NO_LANES, type CompareLayout, type Mark } from './compareLayout';
import type { TickRange } from './scheduleDiff';

/** The schedules' names are set at a fixed size (12 px), whatever the lanes' scale. */
const NAME_TEXT = { scale: 1 };

/** What an export shows: the picture as on screen (zoom included) under a title. */
export interface ComparePicture {
  title: string;
  rows: { name: string; note: string; model: GanttModel; differs: readonly TickRange[] | null }[];
  /** ticks where some schedule differs from the reference */
  union: readonly TickRange[];
  /** the shading's colour, from the theme */
  diffColor: string;
}

const TITLE_HEIGHT = 28;
/** The tint's opacity and the edge's height in CSS pixels, as compare.css draws them. */
const TINT = 0.14;
const EDGE = 4;

/** Where things go in an export: the title, then the axis, then the rows as on screen. */
function frame(layout: CompareLayout) {
  const width = layout.nameWidth + layout.row.width;
  const rowsTop = TITLE_HEIGHT + layout.axisHeight;
  return { width, height: rowsTop + layout.rowsHeight, rowsTop };
}

/** A shaded rectangle in export pixels: as on screen, a faint tint over a row with a solid edge on top. */
interface Shade {
  x: number;
  y: number;
  w: number;
  h: number;
  opacity: number;
}

/** The marks of every row and of the band under the axis, as rectangles. */
function shading(pic: ComparePicture, layout: CompareLayout): Shade[] {
  const { rowsTop } = frame(layout);
  const x = (m: Mark) => layout.nameWidth + m.x;
  const out: Shade[] = diffMarks(pic.union, layout.axis).map((m) => ({
    x: x(m),
    y: TITLE_HEIGHT + AXIS_HEIGHT,
    w: m.width,
    h: DIFF_BAND,
    opacity: 1,
  }));
  pic.rows.forEach((r, i) => {
    const y = rowsTop + (layout.rowTops[i] ?? 0);
    for (const m of r.differs ? diffMarks(r.differs, layout.row) : []) {
      out.push({ x: x(m), y, w: m.width, h: layout.rowHeight, opacity: TINT });
      out.push({ x: x(m), y, w: m.width, h: EDGE, opacity: 1 });
    }
  });
  return out;
}

/** The picture as a PNG at 2× (less where that would pass the browser's canvas limit). */
export function comparePng(pic: ComparePicture, layout: CompareLayout, colors: CanvasPalette): Promise<Blob | null> {
  const { width, height, rowsTop } = frame(layout);
  const scale = exportScale(width, height);
  return renderPng(width, height, scale, (ctx) => {
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.fillStyle = colors.background;
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = colors.text;
    ctx.textBaseline = 'middle';
    ctx.font = '600 14px system-ui, sans-serif';
    ctx.fillText(pic.title, 4, TITLE_HEIGHT / 2);
    paste(ctx, NO_LANES, { ...layout.axis, devicePixelRatio: scale }, layout.nameWidth, TITLE_HEIGHT, colors);
    pic.rows.forEach((r, i) => {
      const top = rowsTop + (layout.rowTops[i] ?? 0);
      paste(ctx, r.model, { ...layout.row, devicePixelRatio: scale }, layout.nameWidth, top - AXIS_HEIGHT, colors);
      ctx.fillStyle = colors.text;
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.fillText(fit(r.name, layout.nameWidth - 8, NAME_TEXT), 4, top + 9);
      ctx.fillStyle = colors.muted;
      ctx.font = '11px system-ui, sans-serif';
      if (layout.rowHeight >= 30) ctx.fillText(fit(r.note, layout.nameWidth - 8, NAME_TEXT), 4, top + 24);
    });
    ctx.fillStyle = pic.diffColor;
    for (const r of shading(pic, layout)) {
      ctx.globalAlpha = r.opacity;
      ctx.fillRect(r.x, r.y, r.w, r.h);
    }
    ctx.globalAlpha = 1;
  });
}

/** Draws with drawGantt (which sets its own transform) off screen, then copies it in at (x, y) in CSS pixels. */
function paste(
  ctx: CanvasRenderingContext2D,
  model: GanttModel,
  layout: GanttLayout,
  x: number,
  y: number,
  colors: CanvasPalette,
): void {
  const scale = layout.devicePixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(layout.width * scale));
  canvas.height = Math.max(1, Math.round(layout.height * scale));
  const off = canvas.getContext('2d');
  if (!off) return;
  drawGantt(off, model, layout, colors);
  // A row's own axis (its top AXIS_HEIGHT) is cut off: the picture has one axis for all.
  const cut = model === NO_LANES ? 0 : AXIS_HEIGHT;
  ctx.drawImage(
    canvas,
    0,
    cut * scale,
    canvas.width,
    canvas.height - cut * scale,
    x,
    y + cut,
    layout.width,
    layout.height - cut,
  );
}

/**
 * The picture as a standalone SVG: each row is the Gantt chart's own SVG, nested and cropped below its axis.
 * Each nested chart names its clip path "plot"; ids are document-wide, so each gets its own.
 */
export function compareSvg(pic: ComparePicture, layout: CompareLayout, colors: CanvasPalette): string {
  const { width, height, rowsTop } = frame(layout);
  const nest = (doc: string, id: string, y: number, crop: number, h: number) =>
    `<svg x="${num(layout.nameWidth)}" y="${num(y)}" width="${num(layout.row.width)}" height="${num(h)}" viewBox="0 ${crop} ${num(layout.row.width)} ${num(h)}">` +
    doc
      .replace(/^<\?xml[^>]*>\s*/, '')
      .replaceAll('id="plot"', `id="${id}"`)
      .replaceAll('url(#plot)', `url(#${id})`) +
    '</svg>';
  const out: string[] = [
    `<rect width="${num(width)}" height="${num(height)}" fill="${escapeXml(colors.background)}"/>`,
    `<text x="4" y="${TITLE_HEIGHT / 2}" font-size="14" font-weight="600" fill="${escapeXml(colors.text)}" dominant-baseline="middle">${escapeXml(pic.title)}</text>`,
    nest(ganttSvg(NO_LANES, layout.axis, colors, 'Time axis'), 'plot-axis', TITLE_HEIGHT, 0, AXIS_HEIGHT),
  ];
  pic.rows.forEach((r, i) => {
    const top = rowsTop + (layout.rowTops[i] ?? 0);
    out.push(nest(ganttSvg(r.model, layout.row, colors, r.name), `plot-${i}`, top, AXIS_HEIGHT, layout.rowHeight));
    out.push(
      `<text x="4" y="${num(top + 9)}" font-size="12" font-weight="600" fill="${escapeXml(colors.text)}" dominant-baseline="middle">${escapeXml(fit(r.name, layout.nameWidth - 8, NAME_TEXT))}</text>`,
    );
    if (layout.rowHeight >= 30)
      out.push(
        `<text x="4" y="${num(top + 24)}" fill="${escapeXml(colors.muted)}" dominant-baseline="middle">${escapeXml(fit(r.note, layout.nameWidth - 8, NAME_TEXT))}</text>`,
      );
  });
  for (const r of shading(pic, layout))
    out.push(
      `<rect class="differs" x="${num(r.x)}" y="${num(r.y)}" width="${num(r.w)}" height="${num(r.h)}" fill="${escapeXml(pic.diffColor)}" fill-opacity="${r.opacity}"/>`,
    );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="system-ui, sans-serif" font-size="11">\n` +
    `<title>${escapeXml(pic.title)}</title>\n${out.join('\n')}\n</svg>\n`
  );
}
