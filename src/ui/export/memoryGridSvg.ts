import { GAP_FROM, PATTERN_FROM } from '../memory/gridLayout';
import type { FrameCells, PaletteEntry } from '../memory/toFrameCells';
import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { textColorOn } from '../theme/processLook';
import { escapeXml, num } from './xml';

/** Beyond this many frames an SVG (one element per frame) gets too big to open comfortably: PNG only. */
export const MAX_SVG_FRAMES = 16_384;
const LEGEND_ROW = 18;

export interface GridSvgOptions {
  columns: number;
  /** side of a cell in CSS pixels (cells from GAP_FROM px on have a 1 px gap, as on screen) */
  cell: number;
  colors?: CanvasPalette;
  title?: string;
  /** legend text of a palette entry (e.g. "P3 llm-infer"); the key by default */
  labelOf?: (entry: PaletteEntry) => string;
}

/**
 * The whole memory grid as an SVG document: one `<rect class="frame">` per frame in its palette colour,
 * one path per patterned colour for the patterns, rings for recent accesses, and a legend with counts.
 * Null when there are more than MAX_SVG_FRAMES frames (the caller offers PNG only and says why).
 */
export function memoryGridSvg(model: FrameCells, options: GridSvgOptions): string | null {
  if (model.frames > MAX_SVG_FRAMES) return null;
  const { cell, colors = LIGHT_CANVAS, title = 'Memory grid', labelOf = (e: PaletteEntry) => e.key } = options;
  const columns = Math.max(1, options.columns);
  const rows = Math.ceil(model.frames / columns);
  const side = cell >= GAP_FROM ? cell - 1 : cell;
  const gridW = columns * cell;
  const gridH = rows * cell;
  const legend = model.palette.filter((e) => e.count > 0);
  const width = Math.max(gridW, 240);
  const height = gridH + 8 + legend.length * LEGEND_ROW;
  const out: string[] = [`<rect width="${width}" height="${height}" fill="${escapeXml(colors.background)}"/>`];
  const xy = (f: number) => [(f % columns) * cell, Math.floor(f / columns) * cell] as const;
  for (let f = 0; f < model.frames; f++) {
    const [x, y] = xy(f);
    const entry = model.palette[model.colour[f] as number] as PaletteEntry;
    out.push(
      `<rect class="frame" x="${x}" y="${y}" width="${side}" height="${side}" fill="${escapeXml(entry.color)}"/>`,
    );
  }
  if (cell >= PATTERN_FROM)
    model.palette.forEach((entry, index) => out.push(patternPath(model, index, entry, columns, cell, side)));
  if (cell >= GAP_FROM) {
    for (const { frame, strength } of model.heat) {
      const [x, y] = xy(frame);
      out.push(
        `<rect class="heat" x="${x + 1}" y="${y + 1}" width="${cell - 3}" height="${cell - 3}" fill="none" stroke="#000" stroke-width="2" stroke-opacity="${num(strength)}"/>`,
      );
    }
  }
  legend.forEach((entry, i) => {
    const y = gridH + 8 + i * LEGEND_ROW;
    out.push(
      `<rect x="2" y="${y + 2}" width="12" height="12" fill="${escapeXml(entry.color)}" stroke="${escapeXml(colors.text)}" stroke-width="0.5"/>`,
    );
    out.push(
      `<text x="20" y="${y + 8}" dominant-baseline="middle" fill="${escapeXml(colors.text)}">${escapeXml(`${labelOf(entry)}: ${entry.count} frame${entry.count === 1 ? '' : 's'}`)}</text>`,
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">\n` +
    `<title>${escapeXml(title)}</title>\n${out.join('\n')}\n</svg>\n`
  );
}

/** The pattern of one palette colour over all its cells, as a single path (as the canvas does). */
function patternPath(
  model: FrameCells,
  index: number,
  entry: PaletteEntry,
  columns: number,
  cell: number,
  side: number,
): string {
  if (entry.pattern === 'solid' || entry.count === 0) return '';
  const d: string[] = [];
  for (let f = 0; f < model.frames; f++) {
    if (model.colour[f] !== index) continue;
    const x = (f % columns) * cell;
    const y = Math.floor(f / columns) * cell;
    if (entry.pattern === 'dots') {
      for (let dx = 3; dx < side - 1; dx += 6)
        for (let dy = 3; dy < side - 1; dy += 6) d.push(`M${x + dx - 1},${y + dy - 1}h2v2h-2z`);
    } else {
      d.push(`M${x},${y + side}L${x + side},${y}`);
      if (entry.pattern === 'cross') d.push(`M${x},${y}L${x + side},${y + side}`);
    }
  }
  const ink = textColorOn(entry.color);
  return entry.pattern === 'dots'
    ? `<path d="${d.join('')}" fill="${ink}" fill-opacity="0.55"/>`
    : `<path d="${d.join('')}" stroke="${ink}" stroke-opacity="0.55" stroke-width="1" fill="none"/>`;
}
