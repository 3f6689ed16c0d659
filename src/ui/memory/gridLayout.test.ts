import { describe, expect, it } from 'vitest';
import { CELL_SIZES, fitZoom, frameAt, gridLayout, MAX_VIEW_HEIGHT, visibleFrames } from './gridLayout';

describe('frameAt (hit test)', () => {
  // 100 frames of 10 px in a 95 px wide canvas: 9 columns, 12 rows.
  const layout = gridLayout(100, 95, 10, 0, 1);

  it('finds the frame under the pointer', () => {
    expect(layout.columns).toBe(9);
    expect(frameAt(layout, 100, 0, 0)).toBe(0);
    expect(frameAt(layout, 100, 25, 3)).toBe(2);
    expect(frameAt(layout, 100, 15, 19.9)).toBe(10);
    expect(frameAt(layout, 100, 35, 105)).toBe(10 * 9 + 3);
  });

  it('finds nothing past the last column, the last frame or outside', () => {
    expect(frameAt(layout, 100, 92, 5)).toBeNull();
    expect(frameAt(layout, 100, 5, 115)).toBe(99);
    expect(frameAt(layout, 100, 15, 115)).toBeNull();
    expect(frameAt(layout, 100, -1, 5)).toBeNull();
  });

  it('follows the scroll position', () => {
    // 40,000 frames of 4 px in 400 px: 100 columns, 400 rows, a 480 px window (120 rows) scrolled by 41 rows.
    const scrolled = gridLayout(40_000, 400, 4, 41 * 4 + 2, 1);
    expect(scrolled.height).toBe(MAX_VIEW_HEIGHT);
    expect(scrolled.firstRow).toBe(41);
    expect(frameAt(scrolled, 40_000, 9, 1)).toBe(4102);
    expect(visibleFrames(scrolled, 40_000)).toEqual({ first: 4100, end: 161 * 100 });
  });
});

describe('gridLayout', () => {
  it('never scrolls past the last row', () => {
    expect(gridLayout(10_000, 400, 4, 1e9, 1).firstRow).toBe(0);
    expect(gridLayout(100_000, 400, 4, 1e9, 1).firstRow).toBe(1000 - 120);
  });

  it('fits the whole grid with the biggest cells that need no scrolling', () => {
    expect(CELL_SIZES[fitZoom(64, 800)]).toBe(24);
    expect(CELL_SIZES[fitZoom(262_144, 800)]).toBe(1);
    expect(CELL_SIZES[fitZoom(16_384, 800)]).toBe(4);
  });
});
