/**
 * Where each block is on the canvas, in device pixels, shared by drawing and hit-testing. Blocks fill rows
 * left to right; a cell is the largest square (up to MAX_CELL) that lets every block fit the box; below one
 * pixel a cell holds `per` blocks.
 */
export interface DiskMapLayout {
  /** the canvas's size in CSS pixels and in device pixels */
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  devicePixelRatio: number;
  blocks: number;
  /** blocks per cell (1 unless there are more blocks than pixels) */
  per: number;
  /** a cell's side and the gap after it, in device pixels */
  cell: number;
  gap: number;
  columns: number;
  rows: number;
}

export const MAX_CELL = 24;

/** The smallest cell a row of `row` blocks may take before the map gives up rows of that length. */
const MIN_ROW_CELL = 6;

/**
 * `row`, when given, asks for rows of that many blocks (a cylinder group, a log segment each), kept when cells of at
 * least MIN_ROW_CELL pixels still fit the box; otherwise blocks fill the rows as usual.
 */
export function diskMapLayout(
  blocks: number,
  box: { width: number; height: number },
  devicePixelRatio = 1,
  row?: number,
): DiskMapLayout {
  const pixelWidth = Math.max(1, Math.round(box.width * devicePixelRatio));
  const pixelHeight = Math.max(1, Math.round(box.height * devicePixelRatio));
  const base = { width: box.width, height: box.height, pixelWidth, pixelHeight, devicePixelRatio, blocks };
  if (row !== undefined && row > 0)
    for (let cell = MAX_CELL; cell >= MIN_ROW_CELL; cell--) {
      const rows = Math.ceil(blocks / row);
      if (row * cell <= pixelWidth && rows * cell <= pixelHeight)
        return { ...base, per: 1, cell, gap: cell >= 4 ? 1 : 0, columns: row, rows };
    }
  for (let cell = MAX_CELL; cell >= 1; cell--) {
    const columns = Math.floor(pixelWidth / cell);
    const rows = Math.ceil(blocks / columns);
    if (columns > 0 && rows * cell <= pixelHeight)
      return { ...base, per: 1, cell, gap: cell >= 4 ? 1 : 0, columns, rows };
  }
  const per = Math.ceil(blocks / (pixelWidth * pixelHeight));
  const columns = pixelWidth;
  return { ...base, per, cell: 1, gap: 0, columns, rows: Math.ceil(Math.ceil(blocks / per) / columns) };
}

/** The first block of the cell under a point in CSS pixels, or null off the blocks. */
export function blockAt(layout: DiskMapLayout, x: number, y: number): number | null {
  const column = Math.floor((x * layout.devicePixelRatio) / layout.cell);
  const row = Math.floor((y * layout.devicePixelRatio) / layout.cell);
  if (x < 0 || y < 0 || column >= layout.columns || row >= layout.rows) return null;
  const block = (row * layout.columns + column) * layout.per;
  return block < layout.blocks ? block : null;
}
