import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEGMENT_FIELDS, STATE_KIND } from '../../protocol';
import { applyPatch, EMPTY_TIMELINE, type TimelineBuffer } from '../../store/timelineBuffer';
import { timelineOf } from '../testing/timelineOf';
import { emptyGanttIndex, ganttIndexSoFar, rowsBehind, updateGanttIndex } from './ganttIndex';
import { ganttModel, toGanttRows } from './toGanttRows';

const ROWS = [
  [0, 0, 2, 1, 0],
  [1, 0, 3, 2, 0],
  [0, 2, 5, 3, 0],
  [1, 3, 4, 1, 0],
  [0, 5, 6, 2, 0],
];
const processes = [1, 2, 3].map((pid) => ({ pid, name: `p${pid}`, type: 'USER' as const }));
const input = (n: number, epoch = 0) => ({
  timeline: timelineOf(ROWS.slice(0, n), epoch),
  cpus: 2,
  processes,
  processLanes: true,
  tick: 6,
});

/** The first `n` rows without process lanes, `epoch` cuts on, the last of them at `kept`. */
const lanesOnly = (n: number, epoch = 0, kept?: number) => ({
  ...input(n),
  timeline: { ...timelineOf(ROWS.slice(0, n), epoch), ...(kept !== undefined && { kept }) },
  processLanes: false,
});

describe('GanttIndex', () => {
  it('reads only new rows on each update and gives the same model as a fresh build; a new epoch rebuilds', () => {
    const index = emptyGanttIndex();
    for (const n of [1, 3, 5]) {
      updateGanttIndex(index, input(n));
      expect(index.rows).toBe(n);
      expect(ganttModel(index, input(n))).toEqual(toGanttRows(input(n)));
    }
    const lanesBefore = index.lanes;
    updateGanttIndex(index, input(5));
    expect(index.lanes).toBe(lanesBefore);
    // A step back cuts the timeline: a new epoch, fewer rows, the lanes laid out again.
    updateGanttIndex(index, input(2, 1));
    expect(index.lanes).not.toBe(lanesBefore);
    const back = ganttModel(index, input(2, 1));
    expect(back).toEqual(toGanttRows(input(2, 1)));
    expect(back.cpuBars).toBe(2);
  });

  it('counts the rows an update would read, and stands in for itself until then with bars only of the run shown', () => {
    const index = emptyGanttIndex();
    expect(rowsBehind(index, input(3))).toBe(3);
    // Never laid out: the lanes of the run, empty.
    const first = ganttIndexSoFar(index, input(3));
    expect(first).not.toBe(index);
    expect(ganttModel(first, input(0))).toEqual(toGanttRows(input(0)));
    updateGanttIndex(index, input(3));
    expect(rowsBehind(index, input(5))).toBe(2);
    // More rows of the same run: the index as it is.
    expect(ganttIndexSoFar(index, input(5))).toBe(index);
    // Another run's processes, or a cut, with process lanes: read again from the first row, empty lanes meanwhile.
    const others = { ...input(5), processes: processes.slice(0, 2) };
    expect(rowsBehind(index, others)).toBe(5);
    expect(ganttModel(ganttIndexSoFar(index, others), others).lanes.map((l) => [l.label, l.bars])).toEqual(
      toGanttRows({ ...others, timeline: EMPTY_TIMELINE }).lanes.map((l) => [l.label, l.bars]),
    );
    expect(rowsBehind(index, input(2, 1))).toBe(2);
    expect(ganttIndexSoFar(index, input(2, 1)).lanes.every((l) => l.bars.length === 0)).toBe(true);
  });

  it('without process lanes, after one cut, counts only the rows past what it keeps and stands in with nothing', () => {
    const index = updateGanttIndex(emptyGanttIndex(), lanesOnly(4));
    // Cut back to 2 rows, then 5 rows: 3 to read past the 2 it keeps, none of the bars drawn meanwhile.
    expect(rowsBehind(index, lanesOnly(5, 1, 2))).toBe(3);
    expect(ganttIndexSoFar(index, lanesOnly(5, 1, 2)).lanes.every((l) => l.bars.length === 0)).toBe(true);
    // Cut twice since: read again from the first row.
    expect(rowsBehind(index, lanesOnly(5, 2, 2))).toBe(5);
    updateGanttIndex(index, lanesOnly(5, 1, 2));
    expect(ganttModel(index, lanesOnly(5, 1, 2))).toEqual(toGanttRows(lanesOnly(5, 1, 2)));
    expect(ganttIndexSoFar(index, lanesOnly(5, 1))).toBe(index);
  });

  it('reads the state spans the same way: only new rows, and all again after a cut', () => {
    const STATES = [
      [2, 0, 3, STATE_KIND.running, 1],
      [3, 0, 2, STATE_KIND.ready, -1],
      [1, 2, 3, STATE_KIND.waitingIo, -1],
      [3, 5, 6, STATE_KIND.waitingMemory, -1],
    ];
    const withStates = (n: number, epoch = 0) => ({ ...input(5), states: timelineOf(STATES.slice(0, n), epoch) });
    const index = emptyGanttIndex();
    for (const n of [1, 2, 4]) {
      updateGanttIndex(index, withStates(n));
      expect(index.stateRows).toBe(n);
      expect(ganttModel(index, withStates(n))).toEqual(toGanttRows(withStates(n)));
    }
    expect(ganttModel(index, withStates(4)).lanes[4]?.bars.map((b) => [b.kind, b.start, b.end])).toEqual([
      [STATE_KIND.ready, 0, 2],
      [0, 2, 5],
      [STATE_KIND.waitingMemory, 5, 6],
    ]);
    updateGanttIndex(index, withStates(1, 1));
    expect(ganttModel(index, withStates(1, 1))).toEqual(toGanttRows(withStates(1, 1)));
  });

  it('after one cut, drops the bars cut instead of starting over, and gives the model of a fresh build', () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 1, max: 3 }),
    );
    // A patch as the worker sends it: cut back to a fraction of the rows (1: no cut), then new rows.
    const patch = fc.record({
      keep: fc.double({ min: 0, max: 1, noNaN: true }),
      rows: fc.array(row, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(patch, { minLength: 1, maxLength: 2 }), { maxLength: 8 }), (updates) => {
        const index = emptyGanttIndex();
        let timeline: TimelineBuffer = EMPTY_TIMELINE;
        const source = () => ({ timeline, cpus: 2, processes, processLanes: false, tick: 60 });
        for (const patches of updates) {
          const epoch = timeline.epoch;
          for (const { keep, rows } of patches) {
            const data = Int32Array.from(
              rows.flatMap(([cpu, start, length, pid]) => [cpu, start, start + length, pid, 0]),
            );
            timeline = applyPatch(timeline, { kind: 'rows', from: Math.floor(keep * timeline.rows), data });
          }
          const lanes = index.lanes;
          updateGanttIndex(index, source());
          // The lanes are laid out again only after two cuts or more.
          if (lanes.length > 0) expect(index.lanes === lanes).toBe(timeline.epoch - epoch < 2);
          expect(ganttModel(index, source())).toEqual(toGanttRows(source()));
          expect(index.rows * SEGMENT_FIELDS).toBeLessThanOrEqual(timeline.data.length);
        }
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('takes back the bars of rows that come back as they were after a cut, and reads the others', () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 1, max: 3 }),
    );
    // A run's rows, as the worker sends them: a move shows the first `at` of them (a cut going back, new rows going
    // forward); now and then an operation changes the run from some row on.
    const move = fc.oneof(
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ changeFrom: fc.double({ min: 0, max: 1, noNaN: true }), rows: fc.array(row, { maxLength: 20 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.array(move, { maxLength: 10 }),
        fc.boolean(),
        (first, moves, inOrder) => {
          const packRows = (rows: [number, number, number][]) => {
            let start = 0;
            // As a CPU's segments close, each starting where the one before started or later; or in any order.
            return rows.map(([cpu, gap, length]): [number, number, number, number, number] => {
              start = inOrder ? start + gap : gap * 7;
              return [cpu, start, start + length, 1 + (cpu % 3), 0];
            });
          };
          let run = packRows(first);
          const index = emptyGanttIndex();
          let timeline: TimelineBuffer = EMPTY_TIMELINE;
          const source = () => ({ timeline, cpus: 2, processes, processLanes: false, tick: 999 });
          // As the worker does, the rows the page kept past a cut that are still the run's are named, not sent.
          const show = (n: number) => {
            const from = Math.min(n, timeline.rows);
            let held = 0;
            while (
              from + held < Math.min(n, timeline.held ?? 0) &&
              (run[from + held] as number[]).every((v, f) => timeline.data[(from + held) * SEGMENT_FIELDS + f] === v)
            )
              held++;
            const data = Int32Array.from(run.slice(from + held, n).flat());
            timeline = applyPatch(timeline, held ? { kind: 'held', from, held, data } : { kind: 'rows', from, data });
            updateGanttIndex(index, source());
            expect(ganttModel(index, source())).toEqual(toGanttRows(source()));
          };
          show(run.length);
          for (const m of moves) {
            if ('at' in m) {
              const seen = index.lanes.flatMap((l) => l.bars);
              show(Math.floor(m.at * run.length));
              show(run.length);
              // Back and forward again over the same run: the very bars it had.
              expect(index.lanes.flatMap((l) => l.bars)).toEqual(seen);
              expect(index.lanes.flatMap((l) => l.bars).every((b, i) => b === seen[i])).toBe(true);
            } else {
              const cut = Math.floor(m.changeFrom * run.length);
              show(cut);
              const later = packRows(m.rows).map(([c, s, e, p, k]): (typeof run)[number] => [
                c,
                s + 1000,
                e + 1000,
                p,
                k,
              ]);
              run = [...run.slice(0, cut), ...later];
              show(run.length);
            }
          }
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  });

  it('lays the lanes out again when process lanes are turned off', () => {
    const index = updateGanttIndex(emptyGanttIndex(), input(5));
    expect(index.lanes.map((l) => l.kind)).toEqual(['cpu', 'cpu', 'process', 'process', 'process']);
    updateGanttIndex(index, { ...input(5), processLanes: false });
    expect(index.lanes.map((l) => l.kind)).toEqual(['cpu', 'cpu']);
    expect(index.rows).toBe(5);
  });

  it('the model leaves the index as it was: open bars go on copies of the lanes', () => {
    const index = updateGanttIndex(emptyGanttIndex(), input(3));
    const before = structuredClone(index);
    const model = ganttModel(index, {
      tick: 9,
      openCpus: [{ id: 0, phase: 'run', pid: 2, since: 5 }],
    });
    expect(model.lanes[0]?.bars.at(-1)).toMatchObject({ start: 5, end: 9, pid: 2 });
    expect(index).toEqual(before);
  });
});
