import { describe, expect, it } from 'vitest';
import { eventsOf, gantt, run } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';

describe('EDF', () => {
  it('the earliest deadline runs first', () => {
    const r = run(
      scenarioOf({ policy: 'EDF', preemptive: false }, [
        { bursts: [3], deadline: 20 },
        { bursts: [3], deadline: 10 },
        { bursts: [3], deadline: 15 },
      ]),
    );
    expect(gantt(r)).toBe('2:0-3 3:3-6 1:6-9');
    expect(eventsOf(r, 'dispatch').map((e) => e.reason.key)).toEqual([10, 15, 20]);
    expect(r.summary.deadlineMisses).toBe(0);
  });

  const urgentLate: Job[] = [
    { bursts: [6], deadline: 20 },
    { arrival: 2, bursts: [2], deadline: 6 },
  ];

  it('preemptive: an arrival with an earlier deadline takes the CPU', () => {
    const r = run(scenarioOf({ policy: 'EDF', preemptive: true }, urgentLate));
    expect(gantt(r)).toBe('1:0-2 2:2-4 1:4-8');
    expect(eventsOf(r, 'preempt')).toEqual([
      { tick: 2, kind: 'preempt', pid: 1, cpu: 0, by: 2, policy: 'EDF', key: 20, byKey: 6 },
    ]);
    expect(r.summary.deadlineMisses).toBe(0);
  });

  it('non-preemptive: the same arrival waits and misses its deadline, counted once at the deadline', () => {
    const r = run(scenarioOf({ policy: 'EDF', preemptive: false }, urgentLate));
    expect(gantt(r)).toBe('1:0-6 2:6-8');
    expect(eventsOf(r, 'deadlineMiss')).toEqual([{ tick: 6, kind: 'deadlineMiss', pid: 2, deadline: 6 }]);
    expect(r.summary.deadlineMisses).toBe(1);
    expect(r.processes.map((p) => p.deadlineMissed)).toEqual([false, true]);
  });

  it('completing exactly at the deadline is not a miss', () => {
    const r = run(
      scenarioOf({ policy: 'EDF', preemptive: false }, [
        { bursts: [4], deadline: 4 },
        { bursts: [3], deadline: 6 },
      ]),
    );
    // P1 finishes at 4 (its deadline); P2 at 7, one tick late.
    expect(eventsOf(r, 'deadlineMiss').map((e) => e.pid)).toEqual([2]);
    expect(r.summary.deadlineMisses).toBe(1);
  });

  it('processes without a deadline go after all that have one, in arrival order', () => {
    const r = run(
      scenarioOf({ policy: 'EDF', preemptive: false }, [
        { bursts: [2] },
        { bursts: [2], deadline: 100 },
        { bursts: [2] },
        { bursts: [2], deadline: 50 },
      ]),
    );
    expect(gantt(r)).toBe('4:0-2 2:2-4 1:4-6 3:6-8');
  });

  it('preemptive: a process without a deadline is preempted by any arrival that has one', () => {
    const r = run(
      scenarioOf({ policy: 'EDF', preemptive: true }, [{ bursts: [5] }, { arrival: 1, bursts: [1], deadline: 1000 }]),
    );
    expect(gantt(r)).toBe('1:0-1 2:1-2 1:2-6');
  });

  it('equal deadlines do not preempt', () => {
    const r = run(
      scenarioOf({ policy: 'EDF', preemptive: true }, [
        { bursts: [5], deadline: 9 },
        { arrival: 1, bursts: [1], deadline: 9 },
      ]),
    );
    expect(gantt(r)).toBe('1:0-5 2:5-6');
  });
});
