import { CELL_SIZES, type GridLayout } from '../memory/gridLayout';
import { MAX_CANVAS_SIDE, exportScale } from './renderPng';

/**
 * The whole grid (not the scrolled window) at the on-screen width, for a PNG export: the on-screen cell
 * size, or a smaller one when the grid would be taller than a canvas may be; 2× where that fits.
 */
export function gridExportLayout(frames: number, width: number, cell: number): GridLayout {
  const sizes = CELL_SIZES.filter((c) => c <= cell);
  let side = cell;
  for (let i = sizes.length - 1; i >= 0; i--) {
    side = sizes[i] as number;
    if (Math.ceil(frames / Math.max(1, Math.floor(width / side))) * side <= MAX_CANVAS_SIDE / 2) break;
  }
  const columns = Math.max(1, Math.floor(width / side));
  const rows = Math.max(1, Math.ceil(frames / columns));
  const w = columns * side;
  const h = rows * side;
  return { width: w, height: h, cell: side, columns, rows, firstRow: 0, devicePixelRatio: exportScale(w, h) };
}
