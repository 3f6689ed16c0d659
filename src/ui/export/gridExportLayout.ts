import { CELL_SIZES, gridLayout, scrollHeight, type GridLayout } from '../memory/gridLayout';
import { MAX_CANVAS_SIDE, exportScale } from './renderPng';

/**
 * The whole grid (not the scrolled window) at the on-screen width, with its row and column numbers, for a
 * PNG export: the on-screen cell size, or a smaller one when the grid would be taller than a canvas may be;
 * 2× where that fits.
 */
export function gridExportLayout(frames: number, width: number, cell: number, font?: number): GridLayout {
  const sizes = CELL_SIZES.filter((c) => c <= cell);
  let layout = gridLayout(frames, { width, height: Infinity }, cell, 0, 1, font);
  for (let i = sizes.length - 1; i >= 0; i--) {
    layout = gridLayout(frames, { width, height: Infinity }, sizes[i] as number, 0, 1, font);
    if (scrollHeight(layout) <= MAX_CANVAS_SIDE / 2) break;
  }
  const w = layout.left + layout.columns * layout.cell + 4;
  const h = scrollHeight(layout);
  return { ...layout, width: w, height: h, devicePixelRatio: exportScale(w, h) };
}
