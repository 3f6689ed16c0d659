import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  explain,
  findPolicy,
  NO_TIMERS,
  procData,
  registerPolicy,
  runResult,
  Simulation,
  type PolicyModule,
  type ReasonBase,
} from '../index';
import { eventsOf, gantt } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';

/** A policy the core does not have, defined here: the longest next CPU burst first, never preempted. */
type LjfConfig = { policy: 'LJF' };
/** key: the burst; runsBefore: the CPU runs it had before this one (its own per-process data) */
type LjfReason = ReasonBase<'LJF'> & { key: number; runsBefore: number };

const ljf: PolicyModule<'LJF', LjfConfig, LjfReason, { runs: number }> = {
  name: 'LJF',
  label: 'Longest job first',
  description: 'The longest next CPU burst runs first, to its end.',
  schema: z.strictObject({ policy: z.literal('LJF') }),
  defaults: { policy: 'LJF' },
  params: [],
  summary: () => '',
  timers: () => NO_TIMERS,
  create: () => ({
    compare: (a, b) => b.burstLeft - a.burstLeft || a.readySeq - b.readySeq,
    preemptive: false,
    dynamicKeys: false,
    key: (p) => p.burstLeft,
    slice: () => Infinity,
    admit: () => ({ runs: 0 }),
    onRunEnd: (p, st) => {
      procData<{ runs: number }>(st, p).runs++;
    },
    facts: (p, st) => ({ trail: { runsBefore: procData<{ runs: number }>(st, p).runs } }),
    queues: (_st, ready) => [{ name: 'LJF queue', pids: ready.map((p) => p.pid) }],
  }),
  explain: (r, w) =>
    `longest next CPU burst (${r.key} ticks, ${r.runsBefore === 0 ? 'first run' : `run ${r.runsBefore + 1}`}), ${w.among}${w.gpu}`,
};

const asScheduler = registerPolicy(ljf);

describe('a policy registered from outside src/core/sched', () => {
  it('runs through Simulation: the longest burst first, then by arrival; each pick explained in its words', () => {
    const sim = new Simulation(
      scenarioOf(asScheduler({ policy: 'LJF' }), [{ bursts: [3] }, { bursts: [8, 2, 1] }, { bursts: [5] }]),
    );
    sim.runToEnd();
    const r = runResult(sim.state);
    // P2's I/O ends at 10, while P3 runs; at 13 its last burst of 1 tick is shorter than P1's 3.
    expect(gantt(r)).toBe('2:0-8 3:8-13 1:13-16 2:16-17');
    const dispatches = eventsOf(r, 'dispatch');
    expect(dispatches.map((e) => e.reason)).toEqual([
      { policy: 'LJF', competitors: 3, key: 8, runsBefore: 0 },
      { policy: 'LJF', competitors: 2, key: 5, runsBefore: 0 },
      { policy: 'LJF', competitors: 2, key: 3, runsBefore: 0 },
      { policy: 'LJF', competitors: 1, key: 1, runsBefore: 1 },
    ]);
    expect(dispatches.map((e) => explain(e))).toEqual([
      'P2 chosen for CPU 0: longest next CPU burst (8 ticks, first run), among 3 READY.',
      'P3 chosen for CPU 0: longest next CPU burst (5 ticks, first run), among 2 READY.',
      'P1 chosen for CPU 0: longest next CPU burst (3 ticks, first run), among 2 READY.',
      'P2 chosen for CPU 0: longest next CPU burst (1 ticks, run 2), the only READY process.',
    ]);
    expect(sim.state.policy.queues(sim.state, [])).toEqual([{ name: 'LJF queue', pids: [] }]);
  });

  it('is found by name, and a second policy of the same name is refused', () => {
    expect(findPolicy('LJF')?.label).toBe('Longest job first');
    expect(() => registerPolicy(ljf)).toThrow(/already registered/);
    expect(() => registerPolicy({ ...ljf, name: 'FIFO' } as never)).toThrow(/already registered/);
  });
});
