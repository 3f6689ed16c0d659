import { describe, expect, it } from 'vitest';
import { runResult } from '../kernel/result';
import { Simulation } from '../kernel/simulation';
import { eventsOf, gantt, run } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';

/** Silberschatz's five processes, all at 0: bursts 10, 1, 2, 1, 5 with priorities 3, 1, 4, 5, 2. */
const BOOK: Job[] = [
  { bursts: [10], priority: 3 },
  { bursts: [1], priority: 1 },
  { bursts: [2], priority: 4 },
  { bursts: [1], priority: 5 },
  { bursts: [5], priority: 2 },
];

describe('Priority', () => {
  it('Silberschatz, non-preemptive: P2 P5 P1 P3 P4, average waiting 8.2', () => {
    const r = run(scenarioOf({ policy: 'PRIORITY', preemptive: false, agingInterval: 0 }, BOOK));
    expect(gantt(r)).toBe('2:0-1 5:1-6 1:6-16 3:16-18 4:18-19');
    expect(r.processes.map((p) => p.waiting)).toEqual([6, 0, 16, 18, 1]);
    expect(r.summary.avgWaiting).toBe(8.2);
    expect(eventsOf(r, 'dispatch').map((e) => e.reason.key)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lowerNumberIsHigherPriority false flips the order: P4 P3 P1 P5 P2, average waiting 7', () => {
    const r = run(
      scenarioOf({ policy: 'PRIORITY', preemptive: false, agingInterval: 0 }, BOOK, {
        options: { lowerNumberIsHigherPriority: false },
      }),
    );
    expect(gantt(r)).toBe('4:0-1 3:1-3 1:3-13 5:13-18 2:18-19');
    expect(r.processes.map((p) => p.waiting)).toEqual([3, 18, 1, 0, 13]);
    expect(r.summary.avgWaiting).toBe(7);
  });

  it('preemptive: a higher-priority arrival takes the CPU at once; non-preemptive: it waits', () => {
    const jobs: Job[] = [
      { bursts: [5], priority: 3 },
      { arrival: 2, bursts: [2], priority: 1 },
    ];
    const pre = run(scenarioOf({ policy: 'PRIORITY', preemptive: true, agingInterval: 0 }, jobs));
    expect(gantt(pre)).toBe('1:0-2 2:2-4 1:4-7');
    expect(eventsOf(pre, 'preempt')).toEqual([
      { tick: 2, kind: 'preempt', pid: 1, cpu: 0, by: 2, policy: 'PRIORITY', key: 3, byKey: 1 },
    ]);
    const non = run(scenarioOf({ policy: 'PRIORITY', preemptive: false, agingInterval: 0 }, jobs));
    expect(gantt(non)).toBe('1:0-5 2:5-7');
  });

  it('preemptive: an equal priority does not preempt, and the preempted process stays ahead of later arrivals of its priority', () => {
    const r = run(
      scenarioOf({ policy: 'PRIORITY', preemptive: true, agingInterval: 0 }, [
        { bursts: [4], priority: 2 },
        { arrival: 1, bursts: [2], priority: 2 },
        { arrival: 2, bursts: [1], priority: 0 },
      ]),
    );
    // P2 (same priority) waits; P3 preempts P1 at 2; P1 (in line before P2) resumes at 3.
    expect(gantt(r)).toBe('1:0-2 3:2-3 1:3-5 2:5-7');
  });

  it('preemptive with the flipped convention: a higher number preempts', () => {
    const jobs: Job[] = [
      { bursts: [5], priority: 1 },
      { arrival: 2, bursts: [2], priority: 3 },
    ];
    const r = run(
      scenarioOf({ policy: 'PRIORITY', preemptive: true, agingInterval: 0 }, jobs, {
        options: { lowerNumberIsHigherPriority: false },
      }),
    );
    expect(gantt(r)).toBe('1:0-2 2:2-4 1:4-7');
  });

  describe('aging', () => {
    // A stream of priority-0 jobs of 4 ticks arriving every 4 ticks, and P7 (priority 5, 2 ticks) at 0.
    const stream: Job[] = [0, 4, 8, 12, 16, 20].map((arrival) => ({ arrival, bursts: [4], priority: 0 }));
    const jobs: Job[] = [...stream, { bursts: [2], priority: 5 }];

    it('without aging the low-priority process waits for the whole stream', () => {
      const r = run(scenarioOf({ policy: 'PRIORITY', preemptive: false, agingInterval: 0 }, jobs));
      expect(gantt(r)).toBe('1:0-4 2:4-8 3:8-12 4:12-16 5:16-20 6:20-24 7:24-26');
      expect(eventsOf(r, 'age')).toEqual([]);
    });

    it('with agingInterval 2 it gains a step every 2 ticks and runs at 12, when it reaches -1 and beats the stream’s 0', () => {
      const r = run(scenarioOf({ policy: 'PRIORITY', preemptive: false, agingInterval: 2 }, jobs));
      // Effective priority of P7 at t: 5 - floor(t / 2). At 4 it is 3, at 8 it is 1, at 12 it is -1.
      expect(gantt(r)).toBe('1:0-4 2:4-8 3:8-12 7:12-14 4:14-18 5:18-22 6:22-26');
      const p7 = eventsOf(r, 'dispatch').find((e) => e.pid === 7);
      expect(p7?.reason).toMatchObject({ key: -1, basePriority: 5 });
    });

    it('each aging step is an age event at the tick it happens', () => {
      const r = run(scenarioOf({ policy: 'PRIORITY', preemptive: false, agingInterval: 2 }, jobs));
      expect(eventsOf(r, 'age').filter((e) => e.pid === 7)).toEqual([
        { tick: 2, kind: 'age', pid: 7, from: 5, to: 4 },
        { tick: 4, kind: 'age', pid: 7, from: 4, to: 3 },
        { tick: 6, kind: 'age', pid: 7, from: 3, to: 2 },
        { tick: 8, kind: 'age', pid: 7, from: 2, to: 1 },
        { tick: 10, kind: 'age', pid: 7, from: 1, to: 0 },
        { tick: 12, kind: 'age', pid: 7, from: 0, to: -1 },
      ]);
    });

    it('preemptive with aging: the schedule does not depend on where a viewer paused the run', () => {
      // P2 ages past P1 at 6 and preempts it; once running P2 is back to its base 2, and P1 (0, READY) beats it.
      const scenario = scenarioOf({ policy: 'PRIORITY', preemptive: true, agingInterval: 2 }, [
        { bursts: [20], priority: 0 },
        { bursts: [10], priority: 2 },
      ]);
      const straight = run(scenario);
      const paused = new Simulation(scenario);
      paused.seek(7);
      paused.runToEnd();
      expect(gantt(runResult(paused.state))).toBe(gantt(straight));
      expect(runResult(paused.state).traceHash).toBe(straight.traceHash);
    });

    it('ages upward under the flipped convention', () => {
      const flipped: Job[] = [...stream.map((j) => ({ ...j, priority: 5 })), { bursts: [2], priority: 0 }];
      const r = run(
        scenarioOf({ policy: 'PRIORITY', preemptive: false, agingInterval: 2 }, flipped, {
          options: { lowerNumberIsHigherPriority: false },
        }),
      );
      expect(gantt(r)).toBe('1:0-4 2:4-8 3:8-12 7:12-14 4:14-18 5:18-22 6:22-26');
    });
  });
});
