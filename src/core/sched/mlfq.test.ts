import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MlfqLevel, SchedulerConfig } from '../scenario/types';
import { eventsOf, gantt, run, simulate } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import type { SimState } from '../kernel/state';
import type { Pcb } from '../process/pcb';
import { mlfq as createMlfq, type MlfqGlobal, type MlfqProc } from './mlfq';
import { policyData } from './policy';

type Mlfq = Extract<SchedulerConfig, { policy: 'MLFQ' }>;

/** An MLFQ config, levels top first, with everything optional off (OSTEP's defaults: counted in quanta). */
function mlfq(levels: MlfqLevel[], extra: Partial<Omit<Mlfq, 'policy' | 'levels'>> = {}): Mlfq {
  return {
    policy: 'MLFQ',
    levels,
    allotmentUnit: 'quanta',
    boostInterval: 0,
    agingThreshold: 0,
    ioResetsAllotment: false,
    ioToFront: false,
    ...extra,
  };
}
const lv = (quantum: number, allotment = 1): MlfqLevel => ({ quantum, allotment });

describe('MLFQ', () => {
  it('a long CPU job alone descends a level each time its allotment is spent, with each level’s quantum', () => {
    const r = run(scenarioOf(mlfq([lv(2), lv(4), lv(8)]), [{ bursts: [20] }]));
    expect(gantt(r)).toBe('1:0-2 1:2-6 1:6-14 1:14-20');
    expect(eventsOf(r, 'demote')).toEqual([
      { tick: 2, kind: 'demote', pid: 1, from: 0, to: 1, unit: 'quanta' },
      { tick: 6, kind: 'demote', pid: 1, from: 1, to: 2, unit: 'quanta' },
    ]);
    expect(eventsOf(r, 'dispatch').map((e) => [e.reason.level, e.reason.slice])).toEqual([
      [0, 2],
      [1, 4],
      [2, 8],
      [2, 8],
    ]);
  });

  it('a job that ends exactly as its quantum runs out is not demoted (finishing beats expiry, SEMANTICS §2 step 5)', () => {
    const r = run(scenarioOf(mlfq([lv(2), lv(4)]), [{ bursts: [2] }]));
    expect(r.processes[0]?.completion).toBe(2);
    expect(eventsOf(r, 'demote')).toEqual([]);
  });

  it('an interactive job that issues I/O stays at the top (with -S) while a CPU hog descends', () => {
    const r = run(
      scenarioOf(mlfq([lv(4), lv(4), lv(4)], { ioResetsAllotment: true }), [
        { bursts: [20] },
        { bursts: [1, 2, 1, 2, 1, 2, 1] },
      ]),
    );
    // The interactive P2 preempts the hog every time its I/O completes.
    expect(gantt(r)).toBe('1:0-4 2:4-5 1:5-7 2:7-8 1:8-10 2:10-11 1:11-13 2:13-14 1:14-16 1:16-20 1:20-24');
    expect(eventsOf(r, 'demote').map((e) => [e.tick, e.pid, e.from, e.to])).toEqual([
      [4, 1, 0, 1],
      [10, 1, 1, 2],
    ]);
    expect(
      eventsOf(r, 'dispatch')
        .filter((e) => e.pid === 2)
        .map((e) => e.reason.level),
    ).toEqual([0, 0, 0, 0]);
    expect(eventsOf(r, 'preempt').map((e) => [e.tick, e.pid, e.by])).toEqual([
      [7, 1, 2],
      [13, 1, 2],
    ]);
  });

  it('without -S the same interactive job keeps its partly used quantum across I/O and is demoted once 4 ticks are used (no gaming)', () => {
    const r = run(scenarioOf(mlfq([lv(4), lv(4), lv(4)]), [{ bursts: [1, 2, 1, 2, 1, 2, 1, 2, 1] }]));
    // CPU at 0, 3, 6, 9 (one tick each): the fourth tick uses up the quantum at 10.
    expect(eventsOf(r, 'demote').map((e) => [e.tick, e.pid, e.from, e.to])).toEqual([[10, 1, 0, 1]]);
  });

  it('boost moves every process to the top queue, every boostInterval ticks', () => {
    const scenario = scenarioOf(mlfq([lv(2), lv(2), lv(2)], { boostInterval: 10 }), [
      { bursts: [20] },
      { bursts: [20] },
      { bursts: [1, 12, 1] },
    ]);
    const r = run(scenario);
    const boosts = eventsOf(r, 'boost');
    expect(boosts.map((e) => e.tick).slice(0, 3)).toEqual([10, 20, 30]);
    // P1 0-2, P2 2-4 (both demoted), P3 4-5 then I/O until 17; P1 5-7, P2 7-9 (now level 2), P1 from 9 at level 2.
    // The boost at 10 lifts the running P1 with a fresh quantum of 2, so it runs on to 12.
    expect(gantt(r).split(' ').slice(0, 7)).toEqual(['1:0-2', '2:2-4', '3:4-5', '1:5-7', '2:7-9', '1:9-12', '2:12-14']);
    // At 10 P1 and P2 (level 2) move up; P3, waiting on I/O, is at level 0 already.
    expect(boosts[0]).toEqual({ tick: 10, kind: 'boost', moved: 2 });
    const sim = simulate(scenario);
    sim.seek(10);
    expect(sim.state.procs.map((p) => sim.state.policy.level?.(p, sim.state))).toEqual([0, 0, 0]);
    // The first dispatch after the boost is at the top level with a fresh quantum.
    const after = eventsOf(r, 'dispatch').find((e) => e.tick >= 10);
    expect(after?.reason).toMatchObject({ level: 0, slice: 2 });
  });

  it('a boost visits the processes in the system only: not one that ended, nor one still to arrive', () => {
    const scenario = scenarioOf(mlfq([lv(2), lv(2)], { boostInterval: 10 }), [
      { bursts: [3] },
      { bursts: [30] },
      { arrival: 15, bursts: [4] },
    ]);
    expect(eventsOf(run(scenario), 'boost')[0]).toEqual({ tick: 10, kind: 'boost', moved: 1 });
    const sim = simulate(scenario);
    sim.seek(10);
    // P1 ended at 5 and left the list at this boost; P3 joins it when it arrives.
    expect(policyData<MlfqProc, MlfqGlobal>(sim.state).global.live).toEqual([1]);
    sim.seek(15);
    expect(policyData<MlfqProc, MlfqGlobal>(sim.state).global.live).toEqual([1, 2]);
  });

  it('boost also lifts a process that is doing I/O, so it comes back at the top', () => {
    // P1 is demoted to level 1 at 2, then does I/O 3-13 across the boost at 10.
    const r = run(scenarioOf(mlfq([lv(2), lv(2)], { boostInterval: 10 }), [{ bursts: [3, 10, 1] }, { bursts: [30] }]));
    const back = eventsOf(r, 'dispatch').find((e) => e.pid === 1 && e.tick >= 13);
    expect(back?.reason.level).toBe(0);
  });

  it('allotment counted in quanta vs ticks', () => {
    const levels = [lv(2, 2), lv(5, 5)];
    const quanta = run(scenarioOf(mlfq(levels), [{ bursts: [10] }]));
    // Two full quanta of 2 at the top, then level 1.
    expect(gantt(quanta)).toBe('1:0-2 1:2-4 1:4-9 1:9-10');
    expect(eventsOf(quanta, 'demote').map((e) => [e.tick, e.unit])).toEqual([[4, 'quanta']]);
    const ticks = run(scenarioOf(mlfq(levels, { allotmentUnit: 'ticks' }), [{ bursts: [10] }]));
    // Two ticks of CPU at the top, then level 1 with 5-tick slices.
    expect(gantt(ticks)).toBe('1:0-2 1:2-7 1:7-10');
    expect(eventsOf(ticks, 'demote').map((e) => [e.tick, e.unit])).toEqual([[2, 'ticks']]);
  });

  it('allotment in ticks counts CPU across I/O even with short runs (the book’s Rule 4)', () => {
    // Allotment 3 ticks at the top with a quantum of 10: the third CPU tick demotes.
    const r = run(
      scenarioOf(mlfq([lv(10, 3), lv(10, 3)], { allotmentUnit: 'ticks' }), [{ bursts: [1, 1, 1, 1, 1, 1, 1] }]),
    );
    expect(eventsOf(r, 'demote').map((e) => [e.tick, e.from, e.to])).toEqual([[5, 0, 1]]);
  });

  describe('-S (ioResetsAllotment)', () => {
    it('quirk: with allotment 1, I/O issued on the tick the quantum expires still demotes', () => {
      const r = run(scenarioOf(mlfq([lv(2), lv(10)], { ioResetsAllotment: true }), [{ bursts: [2, 3, 2] }]));
      expect(eventsOf(r, 'demote')).toEqual([{ tick: 2, kind: 'demote', pid: 1, from: 0, to: 1, unit: 'quanta' }]);
      const second = eventsOf(r, 'dispatch')[1];
      expect(second?.reason).toMatchObject({ level: 1, slice: 10 });
    });

    it('I/O issued before the quantum runs out resets it: the job never leaves the top', () => {
      const r = run(
        scenarioOf(mlfq([lv(2), lv(10)], { ioResetsAllotment: true }), [{ bursts: [1, 3, 1, 3, 1, 3, 1] }]),
      );
      expect(eventsOf(r, 'demote')).toEqual([]);
      const off = run(scenarioOf(mlfq([lv(2), lv(10)]), [{ bursts: [1, 3, 1, 3, 1, 3, 1] }]));
      expect(eventsOf(off, 'demote').map((e) => e.tick)).toEqual([5]);
    });
  });

  describe('-I (ioToFront)', () => {
    const jobs: Job[] = [{ bursts: [1, 2, 5] }, { bursts: [20] }];
    const levels = [lv(10), lv(10)];

    it('a job whose I/O completes goes to the front of its queue and preempts a runner at the same level', () => {
      const r = run(scenarioOf(mlfq(levels, { ioToFront: true }), jobs));
      expect(gantt(r)).toBe('1:0-1 2:1-3 1:3-8 2:8-16 2:16-26');
      expect(eventsOf(r, 'preempt').map((e) => [e.tick, e.pid, e.by])).toEqual([[3, 2, 1]]);
    });

    it('without it the job queues behind the runner at its level', () => {
      const r = run(scenarioOf(mlfq(levels), jobs));
      expect(gantt(r)).toBe('1:0-1 2:1-11 1:11-16 2:16-26');
      expect(eventsOf(r, 'preempt')).toEqual([]);
    });
  });

  it('agingThreshold: a READY process below the top that waited that long moves up one level', () => {
    // P1 is demoted at 2; a stream of one-tick jobs keeps level 0 busy from 2 on.
    const stream: Job[] = [2, 3, 4, 5, 6, 7, 8, 9].map((arrival) => ({ arrival, bursts: [1] }));
    const r = run(scenarioOf(mlfq([lv(2), lv(2)], { agingThreshold: 4 }), [{ bursts: [6] }, ...stream]));
    // Timers act before the tick's arrivals: promoted at 6, P1 queues ahead of the job arriving at 6 and
    // runs 6-8; demoted again at 8, it has waited 4 more ticks by 12 and is promoted again.
    expect(eventsOf(r, 'promote')).toEqual([
      { tick: 6, kind: 'promote', pid: 1, from: 1, to: 0, waited: 4 },
      { tick: 12, kind: 'promote', pid: 1, from: 1, to: 0, waited: 4 },
    ]);
    expect(gantt(r)).toBe('1:0-2 2:2-3 3:3-4 4:4-5 5:5-6 1:6-8 6:8-9 7:9-10 8:10-11 9:11-12 1:12-14');
    const without = run(scenarioOf(mlfq([lv(2), lv(2)]), [{ bursts: [6] }, ...stream]));
    expect(eventsOf(without, 'promote')).toEqual([]);
    expect(gantt(without)).toBe('1:0-2 2:2-3 3:3-4 4:4-5 5:5-6 6:6-7 7:7-8 8:8-9 9:9-10 1:10-12 1:12-14');
  });

  describe('with a single level it is Round Robin with that quantum', () => {
    const workloads: [string, Job[]][] = [
      ['Silberschatz RR', [{ bursts: [24] }, { bursts: [3] }, { bursts: [3] }]],
      [
        'staggered arrivals',
        [
          { bursts: [7] },
          { arrival: 1, bursts: [4] },
          { arrival: 3, bursts: [9] },
          { arrival: 3, bursts: [2] },
          { arrival: 12, bursts: [5] },
        ],
      ],
    ];
    it.each(workloads)('%s (CPU only)', (_name, jobs) => {
      const rr = run(scenarioOf({ policy: 'RR', quantum: 3 }, jobs));
      const one = run(scenarioOf(mlfq([lv(3, 2)]), jobs));
      // RR merges a lone process's back-to-back quanta into one segment; MLFQ (whose allotment counts them) does not.
      expect(gantt(one)).toBe(gantt(rr, 0, 3));
      expect(one.processes.map((p) => p.waiting)).toEqual(rr.processes.map((p) => p.waiting));
    });

    it('with I/O, when -S gives a fresh quantum after each I/O as RR does', () => {
      const jobs: Job[] = [
        { bursts: [2, 3, 5, 1, 2] },
        { arrival: 1, bursts: [6, 2, 1] },
        { arrival: 2, bursts: [1, 1, 1, 1, 4] },
      ];
      const rr = run(scenarioOf({ policy: 'RR', quantum: 3 }, jobs));
      const one = run(scenarioOf(mlfq([lv(3, 1)], { ioResetsAllotment: true }), jobs));
      // RR merges a lone process's back-to-back quanta into one segment; MLFQ (whose allotment counts them) does not.
      expect(gantt(one)).toBe(gantt(rr, 0, 3));
    });
  });
});

describe('plainReason', () => {
  it('is the reason the engine builds from key, slice and facts: the same keys in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ quantum: fc.integer({ min: 1, max: 50 }), allotment: fc.integer({ min: 1, max: 5 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom('quanta' as const, 'ticks' as const),
        (levels, at, competitors, allotmentUnit) => {
          const policy = createMlfq(mlfq(levels, { allotmentUnit }));
          const level = at % levels.length;
          const p = { index: 0 } as Pcb;
          const st = { sched: { procs: [] as unknown[], global: policy.initial?.() } } as SimState;
          st.sched.procs[0] = { ...policy.admit?.(p, st), level };
          const key = policy.key(p, st);
          const slice = policy.slice(p, st);
          const built = { policy: 'MLFQ', competitors, key, ...policy.facts?.(p, st, key).lead, slice };
          expect(Object.entries(policy.plainReason?.('MLFQ', competitors, key, slice) ?? {})).toEqual(
            Object.entries(built),
          );
        },
      ),
    );
  });
});
