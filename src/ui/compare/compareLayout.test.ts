import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeToX } from '../gantt/ganttLayout';
import {
  compareLayout,
  diffMarks,
  MAX_LANE,
  MIN_LANE,
  NATURAL_LANE,
  PRESENT_SCALE,
  rowAtY,
  tickAtPictureX,
  tickToPictureX,
  type CompareSize,
} from './compareLayout';

const size = (over: Partial<CompareSize> = {}): CompareSize => ({
  width: 1000,
  height: 600,
  rows: 3,
  lanesPerRow: 2,
  view: { start: 0, end: 100 },
  devicePixelRatio: 1,
  scale: 1,
  ...over,
});

const sizeArb = fc.record({
  width: fc.integer({ min: 200, max: 4000 }),
  height: fc.integer({ min: 0, max: 3000 }),
  rows: fc.integer({ min: 1, max: 12 }),
  lanesPerRow: fc.integer({ min: 1, max: 8 }),
  view: fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 4, max: 10_000 }))
    .map(([start, span]) => ({ start, end: start + span })),
  devicePixelRatio: fc.constantFrom(1, 1.5, 2),
  scale: fc.constant(1),
});

describe('compareLayout', () => {
  it('puts a tick at the same x in the axis and in every row, whatever the size and view', () => {
    fc.assert(
      fc.property(sizeArb, fc.integer({ min: 0, max: 20_000 }), (s, tick) => {
        const l = compareLayout(s);
        const onAxis = l.nameWidth + timeToX(l.axis, tick);
        expect(tickToPictureX(l, tick)).toBe(onAxis);
        // The rows are drawn with the layout `row`, the axis with `axis`: they differ only in height.
        expect({ ...l.row, height: 0 }).toEqual({ ...l.axis, height: 0 });
      }),
      { seed: 10 },
    );
  });

  it('reads back the tick under an x in the plot', () => {
    fc.assert(
      fc.property(sizeArb, fc.double({ min: 0, max: 1, noNaN: true }), (s, f) => {
        const l = compareLayout(s);
        const tick = s.view.start + f * (s.view.end - s.view.start);
        expect(tickAtPictureX(l, tickToPictureX(l, tick))).toBeCloseTo(tick, 6);
      }),
      { seed: 10 },
    );
    expect(tickAtPictureX(compareLayout(size()), 10)).toBeNull();
  });

  it('shares the given height between the lanes, within readable limits', () => {
    const l = compareLayout(size());
    // 600 − 28 (axis and band) − 2 gaps of 6 = 560 px for 6 lanes.
    expect(l.row.laneHeight).toBe(Math.min(MAX_LANE, Math.floor(560 / 6)));
    expect(l.axisHeight + l.rowsHeight).toBeLessThanOrEqual(600);
    expect(compareLayout(size({ height: 120, rows: 9, lanesPerRow: 3 })).row.laneHeight).toBe(MIN_LANE);
    expect(compareLayout(size({ height: 0 })).row.laneHeight).toBe(NATURAL_LANE);
    // Presenting, lanes may grow further and never shrink as far.
    expect(compareLayout(size({ height: 3000, scale: PRESENT_SCALE })).row.laneHeight).toBe(MAX_LANE * PRESENT_SCALE);
    expect(compareLayout(size({ height: 120, rows: 9, scale: PRESENT_SCALE })).row.laneHeight).toBe(
      MIN_LANE * PRESENT_SCALE,
    );
    fc.assert(
      fc.property(sizeArb, (s) => {
        const any = compareLayout(s);
        expect(any.row.laneHeight).toBeGreaterThanOrEqual(MIN_LANE);
        expect(any.row.laneHeight).toBeLessThanOrEqual(MAX_LANE);
        if (any.row.laneHeight > MIN_LANE && s.height > 0)
          expect(any.axisHeight + any.rowsHeight).toBeLessThanOrEqual(s.height);
      }),
      { seed: 10 },
    );
  });

  it('finds the row under a y, and none in the gaps', () => {
    const l = compareLayout(size());
    expect(rowAtY(l, 0)).toBe(0);
    expect(rowAtY(l, l.rowTops[2] as number)).toBe(2);
    expect(rowAtY(l, l.rowHeight + 1)).toBeNull();
    expect(rowAtY(l, l.rowsHeight + 1)).toBeNull();
  });
});

describe('diffMarks', () => {
  const l = compareLayout(size()).row;

  it('places stretches at their ticks and keeps those in view', () => {
    const marks = diffMarks(
      [
        { start: 10, end: 20 },
        { start: 50, end: 51 },
        { start: 200, end: 300 },
      ],
      l,
    );
    expect(marks.map((m) => [m.start, m.end])).toEqual([
      [10, 20],
      [50, 51],
    ]);
    expect(marks[0]?.x).toBe(timeToX(l, 10));
    expect(marks[0]?.width).toBeCloseTo(timeToX(l, 20) - timeToX(l, 10));
  });

  it('joins stretches closer than a pixel, so a long run gives a bounded number of marks', () => {
    const wide = { ...l, viewEnd: 100_000 };
    const ranges = Array.from({ length: 20_000 }, (_, i) => ({ start: 5 * i, end: 5 * i + 2 }));
    const marks = diffMarks(ranges, wide);
    expect(marks.length).toBeLessThanOrEqual(wide.width);
    expect(marks[0]?.start).toBe(0);
    expect(marks[marks.length - 1]?.end).toBe(99_997);
  });
});
