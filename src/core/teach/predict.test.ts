import { describe, expect, it } from 'vitest';
import { Simulation } from '../kernel/simulation';
import { EVERY_SCHEDULER } from '../testing/schedulers';
import { decisionFinder } from './predict';
import { scheduleScenario } from './scheduleExercise';

const jobs = (bursts: number[], arrivals = bursts.map(() => 0)) =>
  bursts.map((b, i) => ({ arrival: arrivals[i]!, bursts: [b], priority: 0 }));

describe('decisionFinder', () => {
  it('Silberschatz round robin (24, 3, 3; quantum 4): asks at 4 and 7, with the READY processes', () => {
    const find = decisionFinder(scheduleScenario('rr', { policy: 'RR', quantum: 4 }, jobs([24, 3, 3])));
    const first = find.after(0)!;
    expect(first).toMatchObject({ tick: 4, cpu: 0, pid: 2 });
    expect(first.choices).toEqual([
      { pid: 1, name: 'P1' },
      { pid: 2, name: 'P2' },
      { pid: 3, name: 'P3' },
    ]);
    expect(first.before).toEqual(['P1 used its 4-tick slice on CPU 0 and goes back to the ready queue.']);
    expect(first.reason).toMatch(/^P2 chosen for CPU 0: .*among 3 READY/);
    expect(find.after(4)).toMatchObject({ tick: 7, pid: 3, before: ['P2 completes and terminates.'] });
    // At 10 P3 ends and P1 is alone: no choice left to ask about.
    expect(find.after(7)).toBeNull();
  });

  it("goes across a lone process's merged quanta to the next real choice, without walking them one by one", () => {
    // P1 runs alone under RR for 10^9 ticks; P2 arrives at 999,999,990 (inside a quantum) and competes from then.
    const s = scheduleScenario('rr', { policy: 'RR', quantum: 4 }, jobs([1e9, 3], [0, 999_999_990]));
    expect(decisionFinder(s).after(0)).toMatchObject({
      tick: 999_999_992,
      pid: 2,
      choices: [
        { pid: 1, name: 'P1' },
        { pid: 2, name: 'P2' },
      ],
      before: ['P1 used its 4-tick slice on CPU 0 and goes back to the ready queue.'],
    });
  });

  it('never asks at tick 0, and goes back in time as well as forward', () => {
    const find = decisionFinder(scheduleScenario('sjf', { policy: 'SJF' }, jobs([6, 8, 7, 3])));
    // SJF at 0 picks P4 (3 ticks): not asked, there is no state before tick 0 to show.
    expect(find.after(0)).toMatchObject({ tick: 3, pid: 1 });
    expect(find.after(20)).toBeNull();
    expect(find.after(3)).toMatchObject({ tick: 9, pid: 3 });
    expect(find.after(2)).toMatchObject({ tick: 3, pid: 1 });
  });

  it("is the run's own dispatch, with the narration's reason", () => {
    // SRTF, arrivals 0, 1, 2, 3 (Silberschatz's example): every dispatch after tick 0 with a choice is asked.
    const scenario = scheduleScenario('srtf', { policy: 'SRTF' }, jobs([8, 4, 9, 5], [0, 1, 2, 3]));
    const sim = new Simulation(scenario);
    sim.runToEnd();
    const dispatches = sim.state.events.flatMap((e) =>
      e.kind === 'dispatch' && e.tick > 0 && e.reason.competitors > 1 ? [[e.tick, e.pid]] : [],
    );
    const find = decisionFinder(scenario);
    const asked: number[][] = [];
    for (let d = find.after(0); d; d = find.after(d.tick)) asked.push([d.tick, d.pid]);
    expect(asked).toEqual(dispatches);
    expect(asked).toEqual([
      [1, 2],
      [5, 4],
      [10, 1],
    ]);
    expect(find.after(0)!.before).toEqual(['P2 arrives and is READY.']);
    expect(find.after(4)!.reason).toMatch(/^P4 chosen for CPU 0: /);
  });

  it('offers exactly the READY processes the scheduler chose among, the pick among them, on every policy', () => {
    for (const [i, scheduler] of EVERY_SCHEDULER.entries()) {
      const arrivals = [0, 0, 2, 3, 3, 9];
      const scenario = scheduleScenario(`policy ${i}`, scheduler, jobs([12, 5, 30, 7, 18, 4], arrivals));
      const find = decisionFinder(scenario);
      let asked = 0;
      for (let d = find.after(0); d; d = find.after(d.tick), asked++) {
        expect(d.choices.map((c) => c.pid)).toContain(d.pid);
        const among = /among (\d+) READY/.exec(d.reason)?.[1];
        expect(Number(among), `${scheduler.policy} at tick ${d.tick}`).toBe(d.choices.length);
      }
      expect(asked, scheduler.policy).toBeGreaterThan(0);
    }
  });
});
