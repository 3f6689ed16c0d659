import { describe, expect, it } from 'vitest';
import { STATE_KIND } from '../../protocol';
import { timelineOf } from '../testing/timelineOf';
import { emptyGanttIndex, updateGanttIndex } from './ganttIndex';
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
