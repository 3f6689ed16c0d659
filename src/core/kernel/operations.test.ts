import { describe, expect, it } from 'vitest';
import { DEFAULT_NEEDS } from '../scenario/defaults';
import type { ScheduledOperation } from '../scenario/types';
import { eventsOf, gantt, metricsOf, run, simulate } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';

const FIFO = { policy: 'FIFO' } as const;
const withOps = (jobs: Job[], operations: ScheduledOperation[], extra: Parameters<typeof scenarioOf>[2] = {}) =>
  scenarioOf(FIFO, jobs, { ...extra, operations });

describe('operations', () => {
  describe('kill', () => {
    it('a RUNNING process stops at once; its CPU time so far counts and the next one runs', () => {
      const sim = simulate(withOps([{ bursts: [10] }, { bursts: [3] }], [{ tick: 4, op: 'kill', pid: 1 }]));
      const r = run(sim.scenario);
      expect(gantt(r)).toBe('1:0-4 2:4-7');
      expect(eventsOf(r, 'op')).toEqual([
        { tick: 4, kind: 'op', op: 'kill', pid: 1, from: 'RUNNING', to: 'TERMINATED' },
      ]);
      expect(metricsOf(sim, 1)).toMatchObject({ state: 'TERMINATED', killed: true, cpuTime: 4, completion: 4 });
      // A killed process is not a completed one: it is left out of the averages.
      expect(r.summary.completed).toBe(1);
      expect(r.summary.avgWaiting).toBe(4);
      expect(eventsOf(r, 'exit').map((e) => e.pid)).toEqual([2]);
    });

    it('a READY process leaves the queue', () => {
      const r = run(withOps([{ bursts: [3] }, { bursts: [3] }, { bursts: [3] }], [{ tick: 1, op: 'kill', pid: 2 }]));
      expect(gantt(r)).toBe('1:0-3 3:3-6');
      expect(r.processes[1]).toMatchObject({ state: 'TERMINATED', cpuTime: 0, waiting: 1, completion: 1 });
    });

    it('a WAITING process: its I/O is cancelled and frees the device for the next in line', () => {
      const r = run(
        withOps([{ bursts: [1, 6, 1] }, { bursts: [1, 2, 1] }], [{ tick: 3, op: 'kill', pid: 1 }], {
          options: { ioDevices: 1 },
        }),
      );
      // P1 does I/O 1-7 on the only device; P2 queues at 2; P1 is killed at 3, so P2's I/O runs 3-5.
      expect(eventsOf(r, 'ioDone').map((e) => [e.tick, e.pid])).toEqual([[5, 2]]);
      expect(eventsOf(r, 'ioStart').map((e) => [e.tick, e.pid, e.until])).toEqual([
        [1, 1, 7],
        [3, 2, 5],
      ]);
      expect(gantt(r)).toBe('1:0-1 2:1-2 2:5-6');
      expect(r.ticks).toBe(6);
    });

    it('a NEW process never arrives, and nothing about it is negative', () => {
      const r = run(withOps([{ bursts: [2] }, { arrival: 10, bursts: [2] }], [{ tick: 5, op: 'kill', pid: 2 }]));
      expect(eventsOf(r, 'arrive').map((e) => e.pid)).toEqual([1]);
      expect(gantt(r)).toBe('1:0-2');
      const p2 = r.processes[1];
      expect(p2?.state).toBe('TERMINATED');
      expect(p2?.waiting).toBeGreaterThanOrEqual(0);
      // Killed at 5, before its arrival at 10, it never entered the system: no completion (it was 5, before its
      // arrival), no turnaround; `killed` tells it from a process that completed.
      expect(p2).toMatchObject({ completion: null, turnaround: null, killed: true });
      expect(r.processes[0]).toMatchObject({ completion: 2, killed: false });
    });

    it('a process killed after it arrived completes at the kill tick, marked killed', () => {
      const r = run(withOps([{ bursts: [2] }, { arrival: 1, bursts: [5] }], [{ tick: 4, op: 'kill', pid: 2 }]));
      expect(r.processes[1]).toMatchObject({ completion: 4, turnaround: 3, killed: true });
      expect(r.summary.completed).toBe(1);
    });
  });

  describe('suspend and resume', () => {
    it('a RUNNING process: suspended time is counted, and on resume it joins the tail of the queue', () => {
      const sim = simulate(
        withOps(
          [{ bursts: [5] }, { bursts: [3] }],
          [
            { tick: 2, op: 'suspend', pid: 1 },
            { tick: 6, op: 'resume', pid: 1 },
          ],
        ),
      );
      const r = run(sim.scenario);
      // P1 0-2, suspended 2-6; P2 2-5; CPU idle 5-6; P1 6-9.
      expect(gantt(r)).toBe('1:0-2 2:2-5 1:6-9');
      expect(eventsOf(r, 'op').map((e) => [e.tick, e.op, e.from, e.to])).toEqual([
        [2, 'suspend', 'RUNNING', 'SUSPENDED'],
        [6, 'resume', 'SUSPENDED', 'READY'],
      ]);
      expect(metricsOf(sim, 1)).toMatchObject({
        cpuTime: 5,
        suspendedTime: 4,
        waiting: 0,
        turnaround: 9,
        completion: 9,
      });
    });

    it('a READY process: time in the queue is waiting, time suspended is not', () => {
      const sim = simulate(
        withOps(
          [{ bursts: [4] }, { bursts: [2] }],
          [
            { tick: 1, op: 'suspend', pid: 2 },
            { tick: 3, op: 'resume', pid: 2 },
          ],
        ),
      );
      expect(gantt(run(sim.scenario))).toBe('1:0-4 2:4-6');
      expect(metricsOf(sim, 2)).toMatchObject({ waiting: 2, suspendedTime: 2, cpuTime: 2, turnaround: 6 });
    });

    it('resume behind a process that arrived while suspended', () => {
      const r = run(
        withOps(
          [{ bursts: [4] }, { bursts: [2] }, { arrival: 2, bursts: [2] }],
          [
            { tick: 1, op: 'suspend', pid: 2 },
            { tick: 3, op: 'resume', pid: 2 },
          ],
        ),
      );
      expect(gantt(r)).toBe('1:0-4 3:4-6 2:6-8');
    });

    it('WAITING with I/O in flight: the I/O goes on, and a resume after it finished makes the process READY', () => {
      const sim = simulate(
        withOps(
          [{ bursts: [1, 5, 2] }],
          [
            { tick: 2, op: 'suspend', pid: 1 },
            { tick: 8, op: 'resume', pid: 1 },
          ],
        ),
      );
      const r = run(sim.scenario);
      expect(eventsOf(r, 'ioDone')).toEqual([{ tick: 6, kind: 'ioDone', pid: 1 }]);
      expect(eventsOf(r, 'op').map((e) => [e.tick, e.op, e.from, e.to])).toEqual([
        [2, 'suspend', 'WAITING', 'SUSPENDED'],
        [8, 'resume', 'SUSPENDED', 'READY'],
      ]);
      expect(gantt(r)).toBe('1:0-1 1:8-10');
      expect(metricsOf(sim, 1)).toMatchObject({ cpuTime: 3, ioTime: 1, suspendedTime: 6, waiting: 0, turnaround: 10 });
    });

    it('WAITING with I/O in flight: a resume before it finishes goes back to WAITING until the I/O is done', () => {
      const r = run(
        withOps(
          [{ bursts: [1, 5, 2] }],
          [
            { tick: 2, op: 'suspend', pid: 1 },
            { tick: 4, op: 'resume', pid: 1 },
          ],
        ),
      );
      expect(eventsOf(r, 'op').map((e) => e.to)).toEqual(['SUSPENDED', 'WAITING']);
      expect(gantt(r)).toBe('1:0-1 1:6-8');
    });

    it('WAITING in the device queue: it gives up its place and starts its I/O afresh on resume', () => {
      const r = run(
        withOps(
          [{ bursts: [1, 4, 1] }, { bursts: [1, 4, 1] }],
          [
            { tick: 3, op: 'suspend', pid: 2 },
            { tick: 7, op: 'resume', pid: 2 },
          ],
          { options: { ioDevices: 1 } },
        ),
      );
      expect(eventsOf(r, 'ioQueued')).toEqual([{ tick: 2, kind: 'ioQueued', pid: 2, position: 1 }]);
      expect(eventsOf(r, 'ioStart').map((e) => [e.tick, e.pid, e.until])).toEqual([
        [1, 1, 5],
        [7, 2, 11],
      ]);
      expect(gantt(r)).toBe('1:0-1 2:1-2 1:5-6 2:11-12');
    });
  });

  describe('refusals: recorded as events, never thrown, the run goes on', () => {
    it.each<[string, Extract<ScheduledOperation, { op: 'kill' | 'suspend' | 'resume' | 'setPriority' }>, string]>([
      ['resume a READY process', { tick: 1, op: 'resume', pid: 2 }, 'READY'],
      ['resume a RUNNING process', { tick: 1, op: 'resume', pid: 1 }, 'RUNNING'],
      ['kill a TERMINATED process', { tick: 5, op: 'kill', pid: 1 }, 'TERMINATED'],
      ['suspend a TERMINATED process', { tick: 5, op: 'suspend', pid: 1 }, 'TERMINATED'],
      ['suspend a NEW process', { tick: 1, op: 'suspend', pid: 3 }, 'NEW'],
      ['set the priority of a TERMINATED process', { tick: 5, op: 'setPriority', pid: 1, priority: 3 }, 'TERMINATED'],
    ])('%s', (_name, op, state) => {
      const jobs: Job[] = [{ bursts: [3] }, { bursts: [3] }, { arrival: 20, bursts: [1] }];
      const plain = run(scenarioOf(FIFO, jobs));
      const r = run(withOps(jobs, [op]));
      const refused = eventsOf(r, 'refused');
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ tick: op.tick, op: op.op, pid: op.pid, state });
      expect(refused[0]?.why.length).toBeGreaterThan(0);
      expect(eventsOf(r, 'op')).toEqual([]);
      expect(gantt(r)).toBe(gantt(plain));
      expect(r.finished).toBe(true);
    });

    it.each<Exclude<ScheduledOperation, { op: 'create' }>>([
      { tick: 1, op: 'kill', pid: 99 },
      { tick: 1, op: 'suspend', pid: 99 },
      { tick: 1, op: 'resume', pid: 99 },
      { tick: 1, op: 'setPriority', pid: 99, priority: 0 },
    ])('an unknown pid: $op', (op) => {
      const r = run(withOps([{ bursts: [3] }], [op]));
      expect(eventsOf(r, 'refused')).toEqual([
        { tick: 1, kind: 'refused', op: op.op, pid: 99, state: null, why: expect.stringContaining('99') },
      ]);
      expect(r.finished).toBe(true);
    });

    it('create with a pid that is taken', () => {
      const spec = {
        pid: 1,
        name: 'dup',
        type: 'USER' as const,
        priority: 0,
        arrival: 0,
        bursts: [1],
        needs: { ...DEFAULT_NEEDS },
      };
      const r = run(withOps([{ bursts: [3] }], [{ tick: 1, op: 'create', process: spec }]));
      expect(eventsOf(r, 'refused')).toMatchObject([{ tick: 1, op: 'create', pid: 1 }]);
      expect(r.processes).toHaveLength(1);
    });
  });

  it('create at a tick adds a process that arrives then', () => {
    const spec = {
      pid: 9,
      name: 'late',
      type: 'USER' as const,
      priority: 0,
      arrival: 0,
      bursts: [2],
      deadline: 8,
      needs: { ...DEFAULT_NEEDS },
    };
    const r = run(withOps([{ bursts: [4] }], [{ tick: 3, op: 'create', process: spec }]));
    expect(eventsOf(r, 'arrive').map((e) => [e.tick, e.pid])).toEqual([
      [0, 1],
      [3, 9],
    ]);
    expect(gantt(r)).toBe('1:0-4 9:4-6');
    expect(r.processes[1]).toMatchObject({
      pid: 9,
      arrival: 3,
      waiting: 1,
      turnaround: 3,
      deadline: 8,
      deadlineMissed: false,
    });
  });

  describe('setPriority', () => {
    const PRIO = { policy: 'PRIORITY', preemptive: false, agingInterval: 0 } as const;
    const jobs: Job[] = [
      { bursts: [5], priority: 0 },
      { bursts: [3], priority: 2 },
      { bursts: [3], priority: 1 },
    ];

    it('re-orders the ready queue under PRIORITY', () => {
      expect(gantt(run(scenarioOf(PRIO, jobs)))).toBe('1:0-5 3:5-8 2:8-11');
      const r = run(scenarioOf(PRIO, jobs, { operations: [{ tick: 2, op: 'setPriority', pid: 2, priority: 0 }] }));
      expect(gantt(r)).toBe('1:0-5 2:5-8 3:8-11');
      expect(eventsOf(r, 'op')).toEqual([
        { tick: 2, kind: 'op', op: 'setPriority', pid: 2, from: 'READY', to: 'READY', priority: 0 },
      ]);
    });

    it('preemptive: raising a READY process above the runner preempts it at that tick', () => {
      const r = run(
        scenarioOf(
          { ...PRIO, preemptive: true },
          [
            { bursts: [5], priority: 1 },
            { bursts: [3], priority: 2 },
          ],
          { operations: [{ tick: 2, op: 'setPriority', pid: 2, priority: 0 }] },
        ),
      );
      expect(gantt(r)).toBe('1:0-2 2:2-5 1:5-8');
    });

    it('preemptive: lowering the runner below a READY process preempts it at that tick', () => {
      const r = run(
        scenarioOf(
          { ...PRIO, preemptive: true },
          [
            { bursts: [5], priority: 1 },
            { bursts: [3], priority: 2 },
          ],
          { operations: [{ tick: 2, op: 'setPriority', pid: 1, priority: 3 }] },
        ),
      );
      expect(gantt(r)).toBe('1:0-2 2:2-5 1:5-8');
    });
  });
});
