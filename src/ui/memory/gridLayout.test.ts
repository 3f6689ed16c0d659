import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CELL_SIZES,
  MAX_CELLS,
  cellAt,
  cellOf,
  cellOrigin,
  cellPosition,
  columnLabelStep,
  columnsFor,
  fitZoom,
  framesPerCell,
  gridLayout,
  revealTop,
  rowLabel,
  scrollHeight,
  visibleCells,
} from './gridLayout';

const BOX = { width: 800, height: 480 };

describe('grid geometry', () => {
  it('puts rows of a power-of-two width, so each row starts at a round frame number', () => {
    // 64 frames of 24 px in 800 px: (800 − gutter) ÷ 24 = 32.5 → 32 columns, rows start at 0 and 32.
    const layout = gridLayout(64, BOX, 24, 0, 1);
    expect(layout.columns).toBe(32);
    expect(layout.rows).toBe(2);
    expect([0, 1].map((r) => rowLabel(layout, r))).toEqual([0, 32]);
    expect(cellPosition(layout, 37)).toEqual({ row: 1, column: 5 });
    // never more columns than the cells need (rounded up to a power of two)
    expect(columnsFor(48, 10_000, 24)).toBe(64);
    expect(columnsFor(16, 10_000, 24)).toBe(16);
    expect(columnsFor(64, 100, 24)).toBe(4);
  });

  it('maps a frame to its row and column, and a point back to the frame (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom(...CELL_SIZES),
        fc.integer({ min: 120, max: 1600 }),
        (frames, cell, width) => {
          const layout = gridLayout(frames, { width, height: 1e9 }, cell, 0, 1);
          const f = frames - 1;
          const { row, column } = cellPosition(layout, cellOf(layout, f));
          expect(row * layout.columns + column).toBe(f);
          expect(Number.isInteger(Math.log2(layout.columns))).toBe(true);
          const at = cellOrigin(layout, f) as { x: number; y: number };
          expect(cellAt(layout, at.x + cell / 2, at.y + cell / 2)).toBe(f);
        },
      ),
      { seed: 10, numRuns: 200 },
    );
  });

  it('finds nothing on the labels, past the last cell or outside', () => {
    const layout = gridLayout(40, BOX, 24, 0, 1);
    expect(cellAt(layout, layout.left - 1, layout.top + 2)).toBeNull();
    expect(cellAt(layout, layout.left + 2, layout.top - 1)).toBeNull();
    expect(cellAt(layout, layout.left + 2, layout.top + 2)).toBe(0);
    expect(cellAt(layout, layout.left + 9 * 24, layout.top + 24 + 2)).toBeNull(); // 41st cell of 40
  });

  it('scrolls a tall grid row by row, never past the last row, and brings a cell into view', () => {
    // 10,000 frames of 8 px: 64 columns, 157 rows; the window shows (480 − top) ÷ 8 rows.
    const layout = gridLayout(10_000, BOX, 8, 41 * 8 + 3, 1);
    expect(layout.columns).toBe(64);
    expect(layout.firstRow).toBe(41);
    expect(visibleCells(layout).first).toBe(41 * 64);
    expect(cellAt(layout, layout.left + 1, layout.top + 1)).toBe(41 * 64);
    const last = gridLayout(10_000, BOX, 8, 1e9, 1);
    expect(last.firstRow + Math.floor((last.height - last.top) / 8)).toBe(last.rows);
    expect(revealTop(layout, 41 * 64 + 5)).toBeNull();
    expect(revealTop(layout, 0)).toBe(0);
    expect(scrollHeight(layout)).toBe(layout.top + 157 * 8);
  });

  it('fits the whole grid in its box with the biggest cells that need no scrolling', () => {
    expect(CELL_SIZES[fitZoom(64, BOX)]).toBe(48);
    expect(CELL_SIZES[fitZoom(16, { width: 1400, height: 600 })]).toBe(96);
    expect(CELL_SIZES[fitZoom(16_384, BOX)]).toBe(4);
    expect(CELL_SIZES.at(-1)).toBeGreaterThanOrEqual(64);
  });

  it('writes column numbers only as often as they fit', () => {
    expect(columnLabelStep(gridLayout(64, BOX, 24, 0, 1))).toBe(1);
    expect(columnLabelStep(gridLayout(16_384, BOX, 4, 0, 1))).toBeGreaterThan(1);
  });
});

describe('blocks for big memories', () => {
  it('draws 4 GiB of 4 KiB pages (1,048,576 frames) as 16,384 blocks of 64 frames', () => {
    expect(framesPerCell(MAX_CELLS)).toBe(1);
    expect(framesPerCell(MAX_CELLS + 1)).toBe(2);
    const layout = gridLayout(1_048_576, BOX, 4, 0, 1);
    expect(layout.per).toBe(64);
    expect(layout.cells).toBe(16_384);
    expect(rowLabel(layout, 1)).toBe(layout.columns * 64);
    expect(cellOf(layout, 1_048_575)).toBe(16_383);
  });
});
