import { describe, expect, it } from 'vitest';
import { processMetrics, summaryMetrics } from '../metrics/metrics';
import { run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';
import { Simulation } from './simulation';

/** P1 runs 0-1; P2's switch-in takes 1-2, so P2's first run would begin at tick 2. */
const jobs = [{ bursts: [1] }, { bursts: [10] }];
const options = { contextSwitchCost: 1 };

describe('firstRun is the start of the first run of at least one tick', () => {
  it('a process preempted on the tick its switch-in ends has not run yet', () => {
    // Before: P2 got firstRun 2 (response 2) although P3 took the CPU at that very tick.
    const r = run(scenarioOf({ policy: 'SRTF' }, [...jobs, { arrival: 2, bursts: [1] }], { options }));
    expect(r.timeline).toContainEqual({ cpu: 0, start: 5, end: 15, pid: 2 });
    expect(r.processes[1]).toMatchObject({ pid: 2, firstRun: 5, response: 5 });
  });

  it('a process killed or suspended on the tick its switch-in ends has no first run then', () => {
    const killed = run(
      scenarioOf({ policy: 'FIFO' }, jobs, { options, operations: [{ tick: 2, op: 'kill', pid: 2 }] }),
    );
    expect(killed.processes[1]).toMatchObject({ pid: 2, firstRun: null, response: null, cpuTime: 0 });
    const suspended = run(
      scenarioOf({ policy: 'FIFO' }, jobs, {
        options,
        operations: [
          { tick: 2, op: 'suspend', pid: 2 },
          { tick: 6, op: 'resume', pid: 2 },
        ],
      }),
    );
    // Resumed at 6 onto the CPU it left: no switch is counted, so it runs at once.
    expect(suspended.processes[1]).toMatchObject({ pid: 2, firstRun: 6, response: 6 });
  });
});

describe('a GPU is busy only while its process runs, not during the switch-in', () => {
  // P1 runs 0-2; P2 (1 GPU) switches in 2-4 and runs 4-7.
  const gpuJob = scenarioOf({ policy: 'FIFO' }, [{ bursts: [2] }, { bursts: [3], gpus: 1 }], {
    node: { gpus: 1 },
    options: { contextSwitchCost: 2 },
  });

  it('its segment and utilisation start when the run does', () => {
    // Before: the segment was 2-7 and utilisation 5/7.
    const r = run(gpuJob);
    expect(r.gpuTimeline).toEqual([{ gpu: 0, start: 4, end: 7, pid: 2 }]);
    expect(r.summary.gpuUtilization).toEqual([0.43]);
  });

  it('during the switch-in the GPU is kept for the process, not busy', () => {
    const sim = new Simulation(gpuJob);
    sim.seek(3);
    const st = sim.state;
    expect(st.gpus[0]).toMatchObject({ pid: 2 });
    const rows = st.procs.map((p) => processMetrics(st, p));
    expect(summaryMetrics(st, rows).perGpuUtilization).toEqual([0]);
  });

  it('killed during its switch-in, it leaves no GPU segment', () => {
    const r = run({ ...gpuJob, operations: [{ tick: 3, op: 'kill', pid: 2 }] });
    expect(r.gpuTimeline).toEqual([]);
    expect(r.summary.gpuUtilization).toEqual([0]);
  });
});
