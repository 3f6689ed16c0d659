import { exportFileName } from '../../store/exportFileName';
import { gridExportLayout } from '../export/gridExportLayout';
import { MAX_SVG_FRAMES, memoryGridSvg } from '../export/memoryGridSvg';
import { renderPng } from '../export/renderPng';
import { download } from '../files/download';
import type { CanvasPalette } from '../theme/canvasPalette';
import { drawMemoryGrid, gridLook } from './drawMemoryGrid';
import type { GridLayout } from './gridLayout';
import type { FrameCells, PaletteEntry } from './toFrameCells';
import { groupedDigits } from '../../core/groupedDigits';

export interface GridExportInput {
  frames: number;
  /** the model as drawn (blocks when the memory is big) */
  cells: FrameCells;
  layout: GridLayout;
  colors: CanvasPalette;
  title: string;
  fileBase: string;
  labelOf: (entry: PaletteEntry) => string;
}

/**
 * The grid's PNG and SVG exports: the whole grid (not just the scrolled window) with its row and column
 * numbers, in the current colouring and theme. `svgUnavailable` says why there is no SVG, when there is none.
 */
export function gridExports({ frames, cells, layout, colors, title, fileBase, labelOf }: GridExportInput) {
  const png = async (): Promise<boolean> => {
    const full = gridExportLayout(frames, layout.width, layout.cell, layout.font);
    const blob = await renderPng(full.width, full.height, full.devicePixelRatio, (ctx) =>
      drawMemoryGrid(ctx, cells, full, gridLook(colors)),
    );
    if (blob) download(exportFileName(fileBase, 'png'), blob);
    return blob !== null;
  };
  const svg = () => {
    const text = memoryGridSvg(cells, { columns: layout.columns, cell: layout.cell, colors, labelOf, title });
    if (text) download(exportFileName(fileBase, 'svg'), text, 'image/svg+xml');
  };
  const svgUnavailable =
    cells.frames > MAX_SVG_FRAMES
      ? `SVG export stops at ${groupedDigits(MAX_SVG_FRAMES)} cells (this grid has ${groupedDigits(cells.frames)}): use PNG.`
      : undefined;
  return { png, svg, svgUnavailable };
}
