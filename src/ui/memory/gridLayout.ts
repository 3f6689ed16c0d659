import { groupedDigits } from '../../core/groupedDigits';

/**
 * Geometry shared by drawing, hit-testing, scrolling and export, so a pixel means the same frame in all. The
 * grid is cells in rows of a power-of-two width, so every row starts at a round frame number (0, 32, 64, …)
 * and a frame's column is its low bits. A cell is one frame, or — when memory has more frames than
 * MAX_CELLS — a block of `per` frames (a power of two), drawn in the colour most of its frames have.
 */
export interface GridLayout {
  /** CSS pixels of the canvas: the visible window onto the grid, labels included */
  width: number;
  height: number;
  /** side of one cell, in CSS pixels (a 1 px gap included) */
  cell: number;
  /** cells per row: a power of two */
  columns: number;
  /** rows of the whole grid, and the first one at the top of the window */
  rows: number;
  firstRow: number;
  devicePixelRatio: number;
  /** CSS pixels left of the cells (row labels) and above them (column numbers) */
  left: number;
  top: number;
  /** frames per cell (1, or a power of two) and cells in all */
  per: number;
  cells: number;
  /** size of the row and column labels, CSS px */
  font: number;
}

/** Zoom levels: cell sides in CSS pixels. */
export const CELL_SIZES = [4, 6, 8, 12, 16, 24, 32, 48, 64, 96] as const;
/** From this cell side on there is room for a pattern. */
export const PATTERN_FROM = 8;
/** More frames than this are drawn as blocks of frames: a grid of a million cells helps nobody. */
export const MAX_CELLS = 16_384;
/** Label sizes, CSS px: on a screen, and on the classroom wall. */
export const LABEL_FONT = { screen: 11, present: 15 } as const;

/** Frames per cell: 1 up to MAX_CELLS frames, else the smallest power of two that brings the cells under it. */
export function framesPerCell(frames: number): number {
  let per = 1;
  while (Math.ceil(frames / per) > MAX_CELLS) per *= 2;
  return per;
}

/** The widest power of two of cells that fits `room` px, and no wider than the cells need. */
export function columnsFor(cells: number, room: number, cell: number): number {
  const fit = Math.max(1, Math.floor(room / cell));
  let columns = 1;
  while (columns * 2 <= fit && columns < cells) columns *= 2;
  return columns;
}

/** Width of the row-label gutter: the longest label (the last row's first frame) and some air. */
function gutterFor(frames: number, font: number): number {
  return Math.ceil(groupedDigits(Math.max(0, frames - 1)).length * font * 0.62) + 10;
}

export function gridLayout(
  frames: number,
  size: { width: number; height: number },
  cell: number,
  scrollTop: number,
  devicePixelRatio: number,
  font: number = LABEL_FONT.screen,
): GridLayout {
  const per = framesPerCell(frames);
  const cells = Math.ceil(frames / per);
  const left = gutterFor(frames, font);
  const top = font + 10;
  const columns = columnsFor(cells, size.width - left, cell);
  const rows = Math.ceil(cells / columns);
  const height = Math.max(top + cell, Math.min(size.height, top + rows * cell));
  const visibleRows = Math.max(1, Math.floor((height - top) / cell));
  const firstRow = Math.max(0, Math.min(Math.floor(scrollTop / cell), rows - visibleRows));
  return { width: size.width, height, cell, columns, rows, firstRow, devicePixelRatio, left, top, per, cells, font };
}

/** The height of everything the window scrolls over (the scroller's content), CSS px. */
export function scrollHeight(layout: GridLayout): number {
  return layout.top + layout.rows * layout.cell;
}

/** The zoom level that shows the whole grid largest in `size` without scrolling (the smallest when none does). */
export function fitZoom(frames: number, size: { width: number; height: number }, font?: number): number {
  for (let z = CELL_SIZES.length - 1; z > 0; z--) {
    const layout = gridLayout(frames, size, CELL_SIZES[z] as number, 0, 1, font);
    if (scrollHeight(layout) <= size.height) return z;
  }
  return 0;
}

/** The cell a frame is drawn in. */
export function cellOf(layout: Pick<GridLayout, 'per'>, frame: number): number {
  return Math.floor(frame / layout.per);
}

/** Row and column of a cell. */
export function cellPosition(layout: Pick<GridLayout, 'columns'>, cell: number): { row: number; column: number } {
  return { row: Math.floor(cell / layout.columns), column: cell % layout.columns };
}

/** Top-left corner of a cell in canvas CSS px, or null when its row is outside the window. */
export function cellOrigin(layout: GridLayout, cell: number): { x: number; y: number } | null {
  const { row, column } = cellPosition(layout, cell);
  const r = row - layout.firstRow;
  if (r < 0 || layout.top + r * layout.cell >= layout.height) return null;
  return { x: layout.left + column * layout.cell, y: layout.top + r * layout.cell };
}

/** The cell under a point (CSS px relative to the canvas); null on the labels, past the last cell or outside. */
export function cellAt(layout: GridLayout, x: number, y: number): number | null {
  const cx = x - layout.left;
  const cy = y - layout.top;
  if (cx < 0 || cy < 0 || cx >= layout.columns * layout.cell || y >= layout.height) return null;
  const cell = (layout.firstRow + Math.floor(cy / layout.cell)) * layout.columns + Math.floor(cx / layout.cell);
  return cell < layout.cells ? cell : null;
}

/** Cells (at least partly) in the window: [first, end). */
export function visibleCells(layout: GridLayout): { first: number; end: number } {
  const first = layout.firstRow * layout.columns;
  const rows = Math.ceil((layout.height - layout.top) / layout.cell);
  return { first, end: Math.min(layout.cells, (layout.firstRow + rows) * layout.columns) };
}

/** The first frame of a row: its label. */
export function rowLabel(layout: Pick<GridLayout, 'columns' | 'per'>, row: number): number {
  return row * layout.columns * layout.per;
}

/**
 * Every how many columns a column number is written: a power of two, so the numbers that show are round,
 * and wide enough that neighbouring numbers do not touch.
 */
export function columnLabelStep(layout: Pick<GridLayout, 'columns' | 'per' | 'cell' | 'font'>): number {
  const widest = groupedDigits((layout.columns - 1) * layout.per).length * layout.font * 0.62 + 6;
  let step = 1;
  while (step * layout.cell < widest && step < layout.columns) step *= 2;
  return step;
}

/** The scroll offset (CSS px) that brings `cell`'s row into the middle of the window, or null when in view. */
export function revealTop(layout: GridLayout, cell: number): number | null {
  if (cell < 0 || cell >= layout.cells) return null;
  const { row } = cellPosition(layout, cell);
  const shown = Math.max(1, Math.floor((layout.height - layout.top) / layout.cell));
  if (row >= layout.firstRow && row < layout.firstRow + shown) return null;
  return Math.max(0, (row - Math.floor(shown / 2)) * layout.cell);
}
