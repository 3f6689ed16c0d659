import { describe, expect, it } from 'vitest';
import { eventsOf, gantt, run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';

describe('SJF (non-preemptive)', () => {
  it('Silberschatz: P1 6, P2 8, P3 7, P4 3 at 0 — P4 P1 P3 P2, waiting 3, 16, 9, 0, average 7', () => {
    const r = run(scenarioOf({ policy: 'SJF' }, [{ bursts: [6] }, { bursts: [8] }, { bursts: [7] }, { bursts: [3] }]));
    expect(gantt(r)).toBe('4:0-3 1:3-9 3:9-16 2:16-24');
    expect(r.processes.map((p) => p.waiting)).toEqual([3, 16, 9, 0]);
    expect(r.summary.avgWaiting).toBe(7);
    expect(r.summary.avgTurnaround).toBe(13);
    expect(r.ticks).toBe(24);
  });

  it('with arrivals 0, 1, 2, 3 and bursts 8, 4, 9, 5 the running job is never preempted: average waiting 7.75', () => {
    const r = run(
      scenarioOf({ policy: 'SJF' }, [
        { arrival: 0, bursts: [8] },
        { arrival: 1, bursts: [4] },
        { arrival: 2, bursts: [9] },
        { arrival: 3, bursts: [5] },
      ]),
    );
    // P1 runs to the end although shorter jobs arrive; then P2 (4), P4 (5), P3 (9).
    expect(gantt(r)).toBe('1:0-8 2:8-12 4:12-17 3:17-26');
    expect(r.processes.map((p) => p.waiting)).toEqual([0, 7, 15, 9]);
    expect(r.summary.avgWaiting).toBe(7.75);
    expect(eventsOf(r, 'preempt')).toEqual([]);
  });

  it('equal bursts go in arrival order, and the dispatch names the burst length as its key', () => {
    const r = run(scenarioOf({ policy: 'SJF' }, [{ bursts: [4] }, { bursts: [2] }, { arrival: 1, bursts: [2] }]));
    // At 0 only P1 and P2 are there: P2 (2) first; at 2 P3 (2) beats P1 (4).
    expect(gantt(r)).toBe('2:0-2 3:2-4 1:4-8');
    expect(eventsOf(r, 'dispatch').map((e) => e.reason.key)).toEqual([2, 2, 4]);
  });

  it('orders by the next CPU burst, not the total: a job back from I/O with a short burst goes first', () => {
    // P1: 1 tick, I/O 2, then 1 tick. P2: 6 ticks arriving at 1. P3: 3 ticks arriving at 2.
    const r = run(
      scenarioOf({ policy: 'SJF' }, [{ bursts: [1, 2, 1] }, { arrival: 1, bursts: [6] }, { arrival: 2, bursts: [3] }]),
    );
    // P1 0-1; P2 1-7 (alone at 1); at 7: P1 (1) before P3 (3).
    expect(gantt(r)).toBe('1:0-1 2:1-7 1:7-8 3:8-11');
  });
});
