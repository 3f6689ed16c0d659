import { describe, expect, it } from 'vitest';
import { POLICY_NAMES } from '../../core/sched/registry';
import type { SchedulerConfig } from '../../core/scenario/types';
import type { CompareEntry } from '../../protocol';
import { compareRows, schedulersToCompare } from './compareRows';

function entry(scheduler: SchedulerConfig, avgWaiting: number | null, throughput: number, ticks: number): CompareEntry {
  return {
    scheduler,
    timeline: new Int32Array(0),
    gpuTimeline: new Int32Array(0),
    result: {
      policy: scheduler.policy,
      ticks,
      finished: true,
      stalled: false,
      processes: [],
      traceHash: '',
      summary: {
        avgTurnaround: null,
        avgWaiting,
        avgResponse: null,
        throughput,
        cpuUtilization: 0.5,
        gpuUtilization: [],
        contextSwitches: 3,
        deadlineMisses: 0,
        completed: 1,
      },
    },
  };
}

describe('compareRows', () => {
  it('marks the lowest waiting and the highest throughput, ties all best, and never a missing value', () => {
    const rows = compareRows([
      entry({ policy: 'FIFO' }, 6.67, 30, 10),
      entry({ policy: 'SJF' }, 2, 30, 10),
      entry({ policy: 'EDF', preemptive: true }, null, 20, 12),
    ]);
    expect(rows.map((r) => r.best.avgWaiting ?? false)).toEqual([false, true, false]);
    expect(rows.map((r) => r.best.throughput ?? false)).toEqual([true, true, false]);
    expect(rows.map((r) => r.best.endTick ?? false)).toEqual([true, true, false]);
    expect(rows.map((r) => r.best.avgResponse ?? false)).toEqual([false, false, false]);
    expect(rows[2]?.avgWaiting).toBeUndefined();
    expect(rows[0]?.cpuUtilization).toBe(50);
  });

  it('names no best with a single run', () => {
    expect(compareRows([entry({ policy: 'FIFO' }, 1, 10, 5)])[0]?.best).toEqual({});
  });
});

describe('schedulersToCompare', () => {
  it('keeps the scenario’s own parameters for its policy and suggests the rest', () => {
    const configs = schedulersToCompare(new Set(POLICY_NAMES), { policy: 'RR', quantum: 7 });
    expect(configs.map((c) => c.policy)).toEqual([...POLICY_NAMES]);
    expect(configs.find((c) => c.policy === 'RR')).toEqual({ policy: 'RR', quantum: 7 });
    expect(configs.find((c) => c.policy === 'LOTTERY')).toEqual({ policy: 'LOTTERY', quantum: 2 });
    expect(configs.find((c) => c.policy === 'MLFQ')).toMatchObject({
      levels: [{ quantum: 2 }, { quantum: 4 }, { quantum: 8 }],
      boostInterval: 50,
    });
  });

  it('runs only the chosen policies', () => {
    expect(schedulersToCompare(new Set(['SJF', 'FIFO'] as const), { policy: 'FIFO' })).toEqual([
      { policy: 'FIFO' },
      { policy: 'SJF' },
    ]);
  });
});
