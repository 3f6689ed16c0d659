import { describe, expect, it } from 'vitest';
import { explain } from '../kernel/explain';
import { eventsOf, gantt, run } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import { validateScenario } from '../scenario/validate';
import type { SchedulerConfig } from '../scenario/types';

const scan = (switchOnIo: boolean, ioCompletion: 'later' | 'immediate'): SchedulerConfig => ({
  policy: 'PID_SCAN',
  switchOnIo,
  ioCompletion,
});
const dispatchSentences = (jobs: Job[], cfg: SchedulerConfig) =>
  eventsOf(run(scenarioOf(cfg, jobs)), 'dispatch').map((e) => explain(e));

describe('PID scan', () => {
  it('runs each process to its end, lowest pid first, without time slicing', () => {
    const r = run(scenarioOf(scan(true, 'later'), [{ bursts: [3] }, { bursts: [2] }, { bursts: [1] }]));
    expect(gantt(r)).toBe('1:0-3 2:3-5 3:5-6');
  });

  it('takes the next READY pid after the one that ran last, wrapping around', () => {
    // P1 runs to its end, P2 blocks at 5, P3 runs; at 7 the scan after P3 wraps around to P2, back from its I/O.
    const r = run(scenarioOf(scan(true, 'later'), [{ bursts: [4] }, { bursts: [1, 2, 1] }, { bursts: [2] }]));
    expect(gantt(r)).toBe('1:0-4 2:4-5 3:5-7 2:7-8');
    const sentences = eventsOf(r, 'dispatch').map((e) => explain(e));
    expect(sentences[0]).toBe('P1 chosen for CPU 0: lowest READY pid (PID scan, nothing has run yet), among 3 READY.');
    expect(sentences[1]).toBe('P2 chosen for CPU 0: next READY pid after P1 (PID scan), among 2 READY.');
  });

  it('with switchOnIo false keeps the CPU idle for a process doing I/O, and gives it back when the I/O is done', () => {
    const r = run(scenarioOf(scan(false, 'later'), [{ bursts: [1, 3, 1] }, { bursts: [2] }]));
    expect(gantt(r)).toBe('1:0-1 1:4-5 2:5-7');
    expect(r.timeline).toContainEqual({ cpu: 0, start: 1, end: 4, pid: null });
    const [hold] = eventsOf(r, 'hold');
    expect(hold).toEqual({ tick: 1, kind: 'hold', cpu: 0, pid: 1, until: null });
    expect(explain(hold as NonNullable<typeof hold>)).toBe(
      'CPU 0 waits, idle, for P1 while it does I/O: the CPU switches only when a process ends.',
    );
    expect(explain(eventsOf(r, 'dispatch')[1] as NonNullable<ReturnType<typeof eventsOf<'dispatch'>>[number]>)).toBe(
      'P1 chosen for CPU 0: the CPU waited for it while it did I/O (the CPU switches only when a process ends), among 2 READY.',
    );
  });

  it("with ioCompletion 'immediate' a process whose I/O completes preempts the running one", () => {
    const r = run(scenarioOf(scan(true, 'immediate'), [{ bursts: [1, 2, 1] }, { bursts: [5] }]));
    expect(gantt(r)).toBe('1:0-1 2:1-3 1:3-4 2:4-7');
    expect(eventsOf(r, 'preempt')).toEqual([expect.objectContaining({ tick: 3, pid: 2, by: 1 })]);
  });

  it("with ioCompletion 'later' it waits for its turn", () => {
    const r = run(scenarioOf(scan(true, 'later'), [{ bursts: [1, 2, 1] }, { bursts: [5] }]));
    expect(gantt(r)).toBe('1:0-1 2:1-6 1:6-7');
  });

  it('serves I/O completions at one tick in pid order: later = the lowest pid first, immediate = the highest ends up running', () => {
    const jobs: Job[] = [{ bursts: [1, 2, 1] }, { bursts: [1, 1, 1] }, { bursts: [1, 3, 1] }];
    // All three are back at tick 3 (P1 at 1+2, P2 at 2+1, P3 is still blocked until 6).
    expect(gantt(run(scenarioOf(scan(true, 'later'), jobs)))).toBe('1:0-1 2:1-2 3:2-3 1:3-4 2:4-5 3:6-7');
    expect(gantt(run(scenarioOf(scan(true, 'immediate'), jobs)))).toBe('1:0-1 2:1-2 3:2-3 2:3-4 1:4-5 3:6-7');
    expect(dispatchSentences(jobs, scan(true, 'immediate'))[3]).toBe(
      'P2 chosen for CPU 0: its I/O completed at this tick and it takes the CPU, among 2 READY.',
    );
  });

  it('is validated field by field', () => {
    const bad = validateScenario(
      scenarioOf({ policy: 'PID_SCAN', switchOnIo: 'yes', ioCompletion: 'soon' } as unknown as SchedulerConfig, [
        { bursts: [1] },
      ]),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => e.path).sort()).toEqual(['scheduler.ioCompletion', 'scheduler.switchOnIo']);
  });
});
