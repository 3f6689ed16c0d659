import { describe, expect, it } from 'vitest';
import { gantt, run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';

describe('Round Robin', () => {
  it('Silberschatz: P1 24, P2 3, P3 3, q = 4 — average waiting 17/3', () => {
    const r = run(scenarioOf({ policy: 'RR', quantum: 4 }, [{ bursts: [24] }, { bursts: [3] }, { bursts: [3] }]));
    // Alone from 10, P1 runs four quanta at once (one segment), then its last one: the textbook draws each quantum.
    expect(gantt(r)).toBe('1:0-4 2:4-7 3:7-10 1:10-26 1:26-30');
    expect(gantt(r, 0, 4)).toBe('1:0-4 2:4-7 3:7-10 1:10-14 1:14-18 1:18-22 1:22-26 1:26-30');
    expect(r.processes.map((p) => p.waiting)).toEqual([6, 4, 7]);
    expect(r.summary.avgWaiting).toBe(5.67);
  });

  it('a remaining time equal to the quantum finishes in that slice (OSTEP rule)', () => {
    const r = run(scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [2] }, { bursts: [4] }]));
    expect(gantt(r)).toBe('1:0-2 2:2-4 2:4-6');
    expect(r.processes[0]?.completion).toBe(2);
  });

  it('arrivalsFirst: an arrival at the tick a slice ends queues before the preempted process', () => {
    const jobs = [{ bursts: [4] }, { arrival: 2, bursts: [2] }];
    const first = run(scenarioOf({ policy: 'RR', quantum: 2 }, [...jobs, { arrival: 1, bursts: [1] }]));
    // t=0 P1; t=1 P3 arrives; t=2 P1's slice ends and P2 arrives: queue P3, P2, P1.
    expect(gantt(first)).toBe('1:0-2 3:2-3 2:3-5 1:5-7');
    const second = run(
      scenarioOf({ policy: 'RR', quantum: 2 }, [...jobs, { arrival: 1, bursts: [1] }], {
        options: { requeueOrder: 'preemptedFirst' },
      }),
    );
    expect(gantt(second)).toBe('1:0-2 3:2-3 1:3-5 2:5-7');
  });

  it('a lone process keeps its CPU across slices without a context switch', () => {
    const r = run(scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [5] }], { options: { contextSwitchCost: 1 } }));
    expect(r.summary.contextSwitches).toBe(0);
    expect(r.ticks).toBe(5);
  });

  it('context switches cost ticks and are marked in the timeline', () => {
    const r = run(
      scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [3] }, { bursts: [2] }], {
        options: { contextSwitchCost: 1 },
      }),
    );
    // P1 0-2, switch 2-3, P2 3-5, switch 5-6, P1 6-7
    expect(r.timeline.filter((s) => s.kind === 'switch').map((s) => `${s.start}-${s.end}->${s.pid}`)).toEqual([
      '2-3->2',
      '5-6->1',
    ]);
    expect(gantt(r)).toBe('1:0-2 2:3-5 1:6-7');
    expect(r.summary.contextSwitches).toBe(2);
    expect(r.processes[1]?.response).toBe(3);
  });

  it('counting idle switches charges the switch from idle too', () => {
    const r = run(
      scenarioOf({ policy: 'RR', quantum: 2 }, [{ bursts: [2] }], {
        options: { contextSwitchCost: 1, countIdleSwitches: true },
      }),
    );
    expect(gantt(r)).toBe('1:1-3');
    expect(r.summary.contextSwitches).toBe(2); // idle -> P1, P1 -> idle
  });
});
