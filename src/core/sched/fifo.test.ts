import { describe, expect, it } from 'vitest';
import { gantt, run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';

describe('FIFO', () => {
  it('Silberschatz: P1 24, P2 3, P3 3 at 0 — waiting 0, 24, 27, average 17', () => {
    const r = run(scenarioOf({ policy: 'FIFO' }, [{ bursts: [24] }, { bursts: [3] }, { bursts: [3] }]));
    expect(gantt(r)).toBe('1:0-24 2:24-27 3:27-30');
    expect(r.processes.map((p) => p.waiting)).toEqual([0, 24, 27]);
    expect(r.summary.avgWaiting).toBe(17);
    expect(r.summary.avgTurnaround).toBe(27);
    expect(r.ticks).toBe(30);
  });

  it('the convoy goes away when the long job comes last: average waiting 3', () => {
    const r = run(scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }, { bursts: [3] }, { bursts: [24] }]));
    expect(r.summary.avgWaiting).toBe(3);
  });

  it('a process returning from I/O joins the tail, and the CPU idles while all wait', () => {
    const r = run(scenarioOf({ policy: 'FIFO' }, [{ bursts: [2, 5, 2] }, { arrival: 1, bursts: [3] }]));
    // P1 runs 0-2, blocks until 7; P2 runs 2-5; CPU idle 5-7; P1 runs 7-9.
    expect(gantt(r)).toBe('1:0-2 2:2-5 1:7-9');
    expect(r.timeline.filter((s) => s.pid === null)).toEqual([{ cpu: 0, start: 5, end: 7, pid: null }]);
    expect(r.processes[0]).toMatchObject({ ioTime: 5, cpuTime: 4, completion: 9, waiting: 0 });
  });
});
