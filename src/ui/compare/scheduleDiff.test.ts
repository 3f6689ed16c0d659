import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEGMENT_KIND } from '../../protocol';
import {
  differingTicks,
  IDLE,
  mergeRanges,
  NOTHING,
  scheduleOf,
  tickCount,
  type Schedule,
  type Span,
} from './scheduleDiff';

/** Packed rows [unit, start, end, pid, kind]. */
const packed = (...rows: number[][]) => Int32Array.from(rows.flat());

/** A lane as what it shows at each tick (NOTHING where it shows nothing), cut into spans at random places. */
const laneArb = fc
  .array(fc.constantFrom(NOTHING, IDLE, 2, 3, 4, 5), { maxLength: 24 })
  .chain((ticks) =>
    fc.tuple(fc.constant(ticks), fc.array(fc.boolean(), { minLength: ticks.length, maxLength: ticks.length })),
  );

function spansOf([ticks, cuts]: [number[], boolean[]]): Span[] {
  const spans: Span[] = [];
  ticks.forEach((who, t) => {
    const last = spans[spans.length - 1];
    if (who === NOTHING) return;
    if (last && last.end === t && last.who === who && !cuts[t]) last.end = t + 1;
    else spans.push({ start: t, end: t + 1, who });
  });
  return spans;
}

const scheduleArb = (lanes: number) => fc.array(laneArb, { minLength: lanes, maxLength: lanes });

/** The oracle: compare the two schedules tick by tick. */
function differingByTick(a: [number[], boolean[]][], b: [number[], boolean[]][]): number[] {
  const out: number[] = [];
  const length = Math.max(0, ...[...a, ...b].map(([t]) => t.length));
  for (let t = 0; t < length; t++)
    if (a.some(([ticks], lane) => (ticks[t] ?? NOTHING) !== ((b[lane] as [number[], boolean[]])[0][t] ?? NOTHING)))
      out.push(t);
  return out;
}

const expand = (ranges: { start: number; end: number }[]) =>
  ranges.flatMap((r) => Array.from({ length: r.end - r.start }, (_, i) => r.start + i));

describe('scheduleOf', () => {
  it('puts CPU rows in CPU lanes and GPU rows after them, idle and switches told apart', () => {
    const s = scheduleOf(
      packed([1, 0, 2, -1, SEGMENT_KIND.idle], [0, 0, 3, 4, SEGMENT_KIND.run], [0, 3, 4, 5, SEGMENT_KIND.switch]),
      packed([0, 1, 5, 4, SEGMENT_KIND.run]),
      2,
      1,
    );
    expect(s).toEqual([
      [
        { start: 0, end: 3, who: 8 },
        { start: 3, end: 4, who: 11 },
      ],
      [{ start: 0, end: 2, who: IDLE }],
      [{ start: 1, end: 5, who: 8 }],
    ]);
  });
});

describe('differingTicks', () => {
  it('finds where FIFO and SJF part ways on one CPU', () => {
    // FIFO: P1 0–8, P2 8–12, P3 12–13. SJF: P3 0–1, P2 1–5, P1 5–13.
    const fifo: Schedule = [
      [
        { start: 0, end: 8, who: 2 },
        { start: 8, end: 12, who: 4 },
        { start: 12, end: 13, who: 6 },
      ],
    ];
    const sjf: Schedule = [
      [
        { start: 0, end: 1, who: 6 },
        { start: 1, end: 5, who: 4 },
        { start: 5, end: 13, who: 2 },
      ],
    ];
    // Both run P1 from 5 to 8.
    expect(differingTicks(fifo, sjf)).toEqual([
      { start: 0, end: 5 },
      { start: 8, end: 13 },
    ]);
    expect(differingTicks(fifo, [[{ start: 0, end: 8, who: 2 }]])).toEqual([{ start: 8, end: 13 }]);
  });

  it('agrees with a tick-by-tick comparison', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(scheduleArb(n), scheduleArb(n))),
        ([a, b]) => {
          const found = differingTicks(a.map(spansOf), b.map(spansOf));
          expect(expand(found)).toEqual(differingByTick(a, b));
        },
      ),
      { seed: 10, numRuns: 300 },
    );
  });

  it('finds no difference between a schedule and itself, however its spans are cut', () => {
    fc.assert(
      fc.property(scheduleArb(2), fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), (a, recut) => {
        const again = a.map(([ticks]) => [ticks, recut] as [number[], boolean[]]);
        expect(differingTicks(a.map(spansOf), again.map(spansOf))).toEqual([]);
      }),
      { seed: 10 },
    );
  });

  it('is symmetric and gives sorted stretches that never touch', () => {
    fc.assert(
      fc.property(scheduleArb(2), scheduleArb(2), (a, b) => {
        const ab = differingTicks(a.map(spansOf), b.map(spansOf));
        expect(differingTicks(b.map(spansOf), a.map(spansOf))).toEqual(ab);
        ab.forEach((r, i) => {
          expect(r.end).toBeGreaterThan(r.start);
          if (i > 0) expect(r.start).toBeGreaterThan((ab[i - 1] as { end: number }).end);
        });
      }),
      { seed: 10 },
    );
  });
});

describe('mergeRanges and tickCount', () => {
  it('joins overlapping and touching stretches and counts ticks once', () => {
    const merged = mergeRanges([
      { start: 5, end: 7 },
      { start: 0, end: 2 },
      { start: 2, end: 3 },
      { start: 6, end: 9 },
    ]);
    expect(merged).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
    expect(tickCount(merged)).toBe(7);
  });
});
