import { timelineOf } from '../testing/timelineOf';
import { describe, expect, it } from 'vitest';
import type { CpuView } from '../../protocol';
import { toGanttRows, type GanttProcess } from './toGanttRows';

/** Packs [cpu, start, end, pid, kind] rows like the worker does. */
const buffer = timelineOf;

const PROCESSES: GanttProcess[] = [
  { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE' },
  { pid: 2, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR' },
];

describe('toGanttRows', () => {
  it('puts each closed segment in its CPU lane, and the open segment up to the tick', () => {
    const timeline = buffer([
      [0, 0, 3, 1, 0],
      [1, 0, 2, -1, 2],
      [0, 3, 4, 2, 1],
    ]);
    const open: CpuView[] = [
      { id: 0, phase: 'run', pid: 2, since: 4 },
      { id: 1, phase: 'idle', pid: null, since: 2 },
    ];
    const model = toGanttRows({
      timeline,
      cpus: 2,
      processes: PROCESSES,
      tick: 7,
      openCpus: open,
      processLanes: false,
    });
    expect(model.lanes.map((l) => l.label)).toEqual(['CPU 0', 'CPU 1']);
    expect(model.lanes[0]?.bars).toEqual([
      { lane: 0, cpu: 0, start: 0, end: 3, pid: 1, kind: 0 },
      { lane: 0, cpu: 0, start: 3, end: 4, pid: 2, kind: 1 },
      { lane: 0, cpu: 0, start: 4, end: 7, pid: 2, kind: 0 },
    ]);
    expect(model.lanes[1]?.bars).toEqual([
      { lane: 1, cpu: 1, start: 0, end: 2, pid: -1, kind: 2 },
      { lane: 1, cpu: 1, start: 2, end: 7, pid: -1, kind: 2 },
    ]);
    expect(model.cursor).toBe(7);
    expect(model.cpuBars).toBe(5);
  });

  it('skips an open segment that has not lasted a tick yet', () => {
    const model = toGanttRows({
      timeline: buffer([]),
      cpus: 1,
      processes: PROCESSES,
      tick: 5,
      openCpus: [{ id: 0, phase: 'run', pid: 1, since: 5 }],
      processLanes: false,
    });
    expect(model.lanes[0]?.bars).toEqual([]);
  });

  it('adds a lane per process with its CPU time in start order, idle left out', () => {
    const timeline = buffer([
      [1, 0, 5, 2, 0],
      [0, 0, 2, 1, 0],
      [0, 2, 6, -1, 2],
      [0, 6, 8, 2, 0],
    ]);
    const model = toGanttRows({ timeline, cpus: 2, processes: PROCESSES, processLanes: true });
    expect(model.lanes.map((l) => l.label)).toEqual(['CPU 0', 'CPU 1', 'P1 llm-infer', 'P2 validator']);
    expect(model.lanes[2]?.bars.map((b) => [b.cpu, b.start, b.end])).toEqual([[0, 0, 2]]);
    expect(model.lanes[3]?.bars.map((b) => [b.lane, b.cpu, b.start, b.end])).toEqual([
      [3, 1, 0, 5],
      [3, 0, 6, 8],
    ]);
  });

  it('adds GPU lanes after the CPUs, with held GPUs open up to the tick', () => {
    const model = toGanttRows({
      timeline: buffer([]),
      cpus: 1,
      processes: PROCESSES,
      tick: 9,
      processLanes: false,
      gpu: {
        timeline: buffer([[1, 0, 4, 1, 0]]),
        count: 2,
        open: [
          { id: 0, pid: 2, since: 6 },
          { id: 1, pid: null, since: 4 },
        ],
      },
    });
    expect(model.lanes.map((l) => l.label)).toEqual(['CPU 0', 'GPU 0', 'GPU 1']);
    expect(model.lanes[1]?.bars).toEqual([{ lane: 1, cpu: 0, start: 6, end: 9, pid: 2, kind: 0 }]);
    expect(model.lanes[2]?.bars).toEqual([{ lane: 2, cpu: 1, start: 0, end: 4, pid: 1, kind: 0 }]);
  });

  it('reads only the rows the buffer holds, not its spare capacity', () => {
    const timeline = { data: Int32Array.from([0, 0, 2, 1, 0, 0, 2, 4, 2, 0]), rows: 1, epoch: 0 };
    const model = toGanttRows({ timeline, cpus: 1, processes: PROCESSES, processLanes: false });
    expect(model.lanes[0]?.bars).toHaveLength(1);
  });

  it('caps process lanes and counts the rest', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ pid: i, name: `p${i}`, type: 'USER' as const }));
    const model = toGanttRows({ timeline: buffer([]), cpus: 1, processes: many, processLanes: true });
    expect(model.lanes).toHaveLength(65);
    expect(model.hiddenProcessLanes).toBe(36);
  });
});
