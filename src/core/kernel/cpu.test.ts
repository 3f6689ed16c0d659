import { describe, expect, it } from 'vitest';
import { run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';

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
