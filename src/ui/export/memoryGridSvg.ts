import { LABEL_FONT, PATTERN_FROM, columnLabelStep, rowLabel } from '../memory/gridLayout';
import type { FrameCells, PaletteEntry } from '../memory/toFrameCells';
import { LIGHT_CANVAS, type CanvasPalette } from '../theme/canvasPalette';
import { textColorOn } from '../theme/processLook';
import { escapeXml, num } from './xml';
import { groupedDigits } from '../../core/groupedDigits';

/** Beyond this many cells an SVG (one element per cell) gets too big to open comfortably: PNG only. */
export const MAX_SVG_FRAMES = 16_384;
const LEGEND_ROW = 18;

export interface GridSvgOptions {
  columns: number;
  /** side of a cell in CSS pixels, a 1 px gap included (as on screen) */
  cell: number;
  colors?: CanvasPalette;
  title?: string;
  /** legend text of a palette entry (e.g. "P3 llm-infer"); the key by default */
  labelOf?: (entry: PaletteEntry) => string;
}

/**
 * The whole memory grid as an SVG document: column numbers and each row's first frame, one
 * `<rect class="frame">` per cell in its palette colour (free cells outlined, as on screen), one path per
 * patterned colour, rings for recent accesses, and a legend with counts (in frames; a grid of blocks says
 * how many frames a cell stands for). Null over MAX_SVG_FRAMES cells (the caller offers PNG only, and says why).
 */
export function memoryGridSvg(model: FrameCells, options: GridSvgOptions): string | null {
  if (model.frames > MAX_SVG_FRAMES) return null;
  const { cell, colors = LIGHT_CANVAS, title = 'Memory grid', labelOf = (e: PaletteEntry) => e.key } = options;
  const columns = Math.max(1, options.columns);
  const rows = Math.ceil(model.frames / columns);
  const side = cell - 1;
  const font = LABEL_FONT.screen;
  const geometry = { columns, per: model.per, cell, font };
  const left = Math.ceil(groupedDigits(rowLabel(geometry, rows - 1)).length * font * 0.62) + 10;
  const top = font + 10;
  const gridW = left + columns * cell;
  const gridH = top + rows * cell;
  const legend = model.palette.filter((e) => e.count > 0);
  const notes = model.per > 1 ? [`Each cell is a block of ${model.per} frames, in the colour most of them have.`] : [];
  const width = Math.max(gridW, 320);
  const height = gridH + 8 + (legend.length + notes.length) * LEGEND_ROW;
  const ink = escapeXml(colors.muted);
  const out: string[] = [`<rect width="${width}" height="${height}" fill="${escapeXml(colors.background)}"/>`];
  const step = columnLabelStep(geometry);
  for (let c = 0; c < columns; c += step)
    out.push(
      `<text x="${left + c * cell + cell / 2}" y="${top / 2}" text-anchor="middle" dominant-baseline="middle" fill="${ink}">${groupedDigits(c * model.per)}</text>`,
    );
  const every = Math.max(1, Math.ceil((font + 2) / cell));
  for (let r = 0; r < rows; r += every)
    out.push(
      `<text x="${left - 6}" y="${top + r * cell + Math.max(cell - 1, font + 2) / 2}" text-anchor="end" dominant-baseline="middle" fill="${ink}">${groupedDigits(rowLabel(geometry, r))}</text>`,
    );
  const xy = (f: number) => [left + (f % columns) * cell, top + Math.floor(f / columns) * cell] as const;
  for (let f = 0; f < model.frames; f++) {
    const [x, y] = xy(f);
    const index = model.colour[f] as number;
    const fill = index === 0 ? colors.idle : (model.palette[index] as PaletteEntry).color;
    const edge = index === 0 ? ` stroke="${escapeXml(colors.muted)}" stroke-width="1" stroke-dasharray="3 2"` : '';
    out.push(
      `<rect class="frame" x="${x}" y="${y}" width="${side}" height="${side}" fill="${escapeXml(fill)}"${edge}/>`,
    );
  }
  if (cell >= PATTERN_FROM)
    model.palette.forEach((entry, index) => index > 0 && out.push(patternPath(model, index, entry, xy, side)));
  for (const { frame, strength } of model.heat) {
    const [x, y] = xy(frame);
    out.push(
      `<rect class="heat" x="${x + 1}" y="${y + 1}" width="${cell - 3}" height="${cell - 3}" fill="none" stroke="#000" stroke-width="2" stroke-opacity="${num(strength)}"/>`,
    );
  }
  notes.forEach((note, i) =>
    out.push(
      `<text x="2" y="${gridH + 8 + i * LEGEND_ROW + 8}" dominant-baseline="middle" fill="${escapeXml(colors.text)}">${escapeXml(note)}</text>`,
    ),
  );
  legend.forEach((entry, i) => {
    const y = gridH + 8 + (i + notes.length) * LEGEND_ROW;
    out.push(
      `<rect x="2" y="${y + 2}" width="12" height="12" fill="${escapeXml(entry.key === 'free' ? colors.idle : entry.color)}" stroke="${escapeXml(colors.text)}" stroke-width="0.5"/>`,
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
  xy: (cell: number) => readonly [number, number],
  side: number,
): string {
  if (entry.pattern === 'solid' || entry.count === 0) return '';
  const d: string[] = [];
  for (let f = 0; f < model.frames; f++) {
    if (model.colour[f] !== index) continue;
    const [x, y] = xy(f);
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
