/** Geometry shared by drawing, hit-testing and scrolling, so a pixel means the same frame in all three. */
export interface GridLayout {
  /** CSS pixels of the canvas (the visible window onto the grid) */
  width: number;
  height: number;
  /** side of one frame's cell, in CSS pixels */
  cell: number;
  columns: number;
  /** rows of the whole grid, and the first one at the top of the window */
  rows: number;
  firstRow: number;
  devicePixelRatio: number;
}

/** Zoom levels: cell sides in CSS pixels. Below 4 px cells touch and are drawn as pixels. */
export const CELL_SIZES = [1, 2, 4, 8, 16, 24] as const;
/** From this cell side on there is a 1 px gap between cells and room for a pattern. */
export const GAP_FROM = 4;
export const PATTERN_FROM = 8;
/** The window is at most this tall (CSS px); taller grids scroll. */
export const MAX_VIEW_HEIGHT = 480;

export function gridLayout(
  frames: number,
  width: number,
  cell: number,
  scrollTop: number,
  devicePixelRatio: number,
): GridLayout {
  const columns = Math.max(1, Math.floor(width / cell));
  const rows = Math.ceil(frames / columns);
  const height = Math.min(rows * cell, MAX_VIEW_HEIGHT);
  const visibleRows = Math.floor(height / cell);
  const firstRow = Math.max(0, Math.min(Math.floor(scrollTop / cell), rows - visibleRows));
  return { width, height, cell, columns, rows, firstRow, devicePixelRatio };
}

/** The zoom level that shows the whole grid largest without scrolling (the smallest cell when none does). */
export function fitZoom(frames: number, width: number): number {
  for (let z = CELL_SIZES.length - 1; z > 0; z--) {
    const cell = CELL_SIZES[z] as number;
    if (Math.ceil(frames / Math.max(1, Math.floor(width / cell))) * cell <= MAX_VIEW_HEIGHT) return z;
  }
  return 0;
}

/** The frame under a point (CSS pixels relative to the canvas); null past the last frame or the last column. */
export function frameAt(layout: GridLayout, frames: number, x: number, y: number): number | null {
  if (x < 0 || y < 0 || x >= layout.columns * layout.cell || y >= layout.height) return null;
  const frame = (layout.firstRow + Math.floor(y / layout.cell)) * layout.columns + Math.floor(x / layout.cell);
  return frame < frames ? frame : null;
}

/** Frames whose cells are (at least partly) in the window: [first, end). */
export function visibleFrames(layout: GridLayout, frames: number): { first: number; end: number } {
  const first = layout.firstRow * layout.columns;
  const end = Math.min(frames, (layout.firstRow + Math.ceil(layout.height / layout.cell)) * layout.columns);
  return { first, end };
}
