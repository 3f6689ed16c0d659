import { describe, expect, it } from 'vitest';
import { eventsOf, gantt, run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';

describe('SRTF (preemptive SJF)', () => {
  it('Silberschatz: arrivals 0, 1, 2, 3, bursts 8, 4, 9, 5 — average waiting 6.5', () => {
    const r = run(
      scenarioOf({ policy: 'SRTF' }, [
        { arrival: 0, bursts: [8] },
        { arrival: 1, bursts: [4] },
        { arrival: 2, bursts: [9] },
        { arrival: 3, bursts: [5] },
      ]),
    );
    expect(gantt(r)).toBe('1:0-1 2:1-5 4:5-10 1:10-17 3:17-26');
    expect(r.processes.map((p) => p.waiting)).toEqual([9, 0, 15, 2]);
    expect(r.summary.avgWaiting).toBe(6.5);
    expect(r.summary.avgTurnaround).toBe(13);
    // Only P1 is preempted, by P2 at 1 (7 left against 4).
    expect(eventsOf(r, 'preempt')).toEqual([
      { tick: 1, kind: 'preempt', pid: 1, cpu: 0, by: 2, policy: 'SRTF', key: 7, byKey: 4 },
    ]);
  });

  it('a tie does not preempt: the running process keeps the CPU', () => {
    // At 1, P1 has 3 left and P2 needs 3.
    const r = run(scenarioOf({ policy: 'SRTF' }, [{ bursts: [4] }, { arrival: 1, bursts: [3] }]));
    expect(gantt(r)).toBe('1:0-4 2:4-7');
    expect(eventsOf(r, 'preempt')).toEqual([]);
  });

  it('a strictly shorter arrival preempts, and the preempted one resumes with what it has left', () => {
    const r = run(
      scenarioOf({ policy: 'SRTF' }, [{ bursts: [5] }, { arrival: 2, bursts: [2] }, { arrival: 3, bursts: [2] }]),
    );
    // At 2: P1 has 3 left, P2 needs 2 -> preempt. At 3: P2 has 1 left, P3 2 -> no. At 4: P3 (2) beats P1 (3).
    expect(gantt(r)).toBe('1:0-2 2:2-4 3:4-6 1:6-9');
    expect(r.processes.map((p) => p.response)).toEqual([0, 0, 1]);
    expect(r.processes[0]?.cpuTime).toBe(5);
  });

  it('a process back from I/O with a shorter burst preempts a longer runner', () => {
    const r = run(scenarioOf({ policy: 'SRTF' }, [{ bursts: [1, 2, 1] }, { bursts: [6] }]));
    // P1 0-1, I/O 1-3; P2 1-3; at 3 P1 (1) < P2 (4 left).
    expect(gantt(r)).toBe('1:0-1 2:1-3 1:3-4 2:4-8');
  });
});
