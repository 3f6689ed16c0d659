import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processMetrics } from '../metrics/metrics';
import type { PolicyModule } from '../sched/module';
import { registerPolicy } from '../sched/registry';
import { roundRobin, type RrConfig, type RrReason } from '../sched/roundRobin';
import type { ProcessSpec, Scenario, SchedulerConfig } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { fuzzScenarioArb } from '../testing/fuzzScenario';
import { eventsOf, gantt, run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';
import type { SimEvent } from './events';
import { explain } from './explain';
import { runResult, type RunResult } from './result';
import { Simulation } from './simulation';
import { createState, withScenario } from './state';
import { advanceTo } from './engine';

/** RR as it was before lone stretches: every slice's end is a decision point of its own. */
type PlainConfig = Omit<RrConfig, 'policy'> & { policy: 'RR_EVERY_QUANTUM' };
const everyQuantum = registerPolicy({
  ...roundRobin,
  name: 'RR_EVERY_QUANTUM',
  loneRepickIsNoop: false,
} as unknown as PolicyModule<
  'RR_EVERY_QUANTUM',
  PlainConfig,
  Omit<RrReason, 'policy'> & { policy: 'RR_EVERY_QUANTUM' }
>);

/** The same scenario under RR without merging. */
function unmerged(s: Scenario): Scenario {
  const { quantum } = s.scheduler as RrConfig;
  return { ...s, scheduler: everyQuantum({ policy: 'RR_EVERY_QUANTUM', quantum }) };
}

const rr = (quantum: number): SchedulerConfig => ({ policy: 'RR', quantum });

/** Each CPU's run segments with back-to-back runs of one process joined: what the CPU did, however it was cut. */
function occupancy(r: RunResult): string {
  const out: { cpu: number; start: number; end: number; pid: number | null; kind?: string }[] = [];
  // By CPU and start: segments close (and are logged) in a different order when some are merged.
  const byCpu = r.timeline.slice().sort((a, b) => a.cpu - b.cpu || a.start - b.start);
  for (const s of byCpu) {
    const last = out[out.length - 1];
    if (
      last &&
      last.cpu === s.cpu &&
      last.end === s.start &&
      last.pid === s.pid &&
      last.kind === s.kind &&
      s.kind === undefined
    )
      last.end = s.end;
    else out.push({ ...s });
  }
  return JSON.stringify(out);
}

/** Events other than slice ends and dispatches, which merging leaves out for lone re-picks. */
const others = (r: RunResult): SimEvent[] =>
  r.events.filter((e) => e.kind !== 'quantumExpired' && e.kind !== 'dispatch');

/** What merging must not change: every process's numbers, the summary, the memory result, what each CPU did. */
function outcome(r: RunResult) {
  return {
    ticks: r.ticks,
    finished: r.finished,
    stalled: r.stalled,
    processes: r.processes,
    summary: r.summary,
    memory: r.memory,
    occupancy: occupancy(r),
    others: others(r),
    slices: eventsOf(r, 'quantumExpired').reduce((n, e) => n + (e.quanta ?? 1), 0),
  };
}

/** What the process table shows of each process at tick `t`. */
function view(sim: Simulation, t: number) {
  sim.seek(t);
  return sim.state.procs.map((p) => ({ ...processMetrics(sim.state, p), state: p.state, cpu: p.cpu }));
}

describe('a lone process under RR runs through its quanta at once', () => {
  it('merges the back-to-back quanta of a lone process into one segment and one event', () => {
    const r = run(scenarioOf(rr(4), [{ bursts: [30] }, { arrival: 21, bursts: [2] }]));
    // P2 arrives at 21, inside the quantum 20-24: the stretch ends at 20, the quantum 20-24 runs as usual; from 26
    // P1 is alone again with 6 ticks left, which is not two whole quanta.
    expect(gantt(r)).toBe('1:0-20 1:20-24 2:24-26 1:26-30 1:30-32');
    const expired = eventsOf(r, 'quantumExpired');
    expect(expired.map((e) => [e.tick, e.quanta])).toEqual([
      [20, 5],
      [24, undefined],
      [30, undefined],
    ]);
    expect(explain(expired[0] as SimEvent)).toBe(
      "P1's quantum of 4 ticks expired 5 times on CPU 0, every 4 ticks from tick 4 to tick 20; the first 4 times P1 was chosen again at once, the only READY process (no context switch). Now it goes back to the ready queue.",
    );
    expect(r.summary.contextSwitches).toBe(
      run(unmerged(scenarioOf(rr(4), [{ bursts: [30] }, { arrival: 21, bursts: [2] }]))).summary.contextSwitches,
    );
  });

  it('ends a stretch on the boundary where something happens, and before the burst ends', () => {
    const r = run(scenarioOf(rr(4), [{ bursts: [30] }, { arrival: 20, bursts: [2] }]));
    // From 22, alone with 10 ticks left: two quanta at once, and the last 2 ticks as a quantum of its own.
    expect(gantt(r)).toBe('1:0-20 2:20-22 1:22-30 1:30-32');
    expect(eventsOf(r, 'quantumExpired').map((e) => [e.tick, e.quanta])).toEqual([
      [20, 5],
      [30, 2],
    ]);
  });

  it('runs the two scenarios of issue 11 in a few decision points', () => {
    const lone = new Simulation(scenarioOf(rr(4), [{ bursts: [1e9] }]));
    lone.runToEnd();
    expect(lone.state.now).toBe(1e9);
    expect(lone.state.events.length).toBeLessThan(10);
    const pair = new Simulation(scenarioOf(rr(4), [{ bursts: [1e9] }, { bursts: [10] }]));
    pair.runToEnd();
    expect(pair.state.now).toBe(1e9 + 10);
    expect(pair.state.events.length).toBeLessThan(30);
    expect(runResult(pair.state).processes.map((p) => p.completion)).toEqual([1e9 + 10, 22]);
  });

  it('gives every process the same numbers as a run that stops at every quantum (random scenarios)', () => {
    let merged = 0;
    fc.assert(
      fc.property(fuzzScenarioArb, fc.integer({ min: 1, max: 3 }), (input, quantum) => {
        const v = validateScenario({ ...(input as object), scheduler: rr(quantum) });
        if (!v.ok) return;
        const r = run(v.scenario);
        if (eventsOf(r, 'quantumExpired').some((e) => e.quanta !== undefined)) merged++;
        expect(outcome(r)).toEqual(outcome(run(unmerged(v.scenario))));
      }),
      { seed: 12, numRuns: 300 },
    );
    // Stretches must be common enough for the comparison to mean something.
    expect(merged).toBeGreaterThan(30);
  }, 30_000);

  it('cuts a stretch short when an operation added during the run makes another process READY', () => {
    const s = scenarioOf(rr(4), [{ bursts: [40] }]);
    const create = {
      tick: 14,
      op: 'create' as const,
      process: { ...(s.processes[0] as ProcessSpec), pid: 2, bursts: [2] },
    };
    const outcomes = [s, unmerged(s)].map((scenario) => {
      // As a checkpoint taken inside the stretch and replayed after the operation was added (Simulation.addOperation).
      const st = createState(scenario);
      advanceTo(st, 10);
      withScenario(st, { ...scenario, operations: [create] });
      advanceTo(st, Infinity);
      return outcome(runResult(st));
    });
    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(outcomes[0]?.processes.map((p) => p.completion)).toEqual([42, 18]);
  });

  it('shows the same process state at every tick of a merged stretch as a run that stops at every quantum', () => {
    const s = scenarioOf(rr(3), [{ bursts: [20, 5, 13] }, { arrival: 30, bursts: [4] }], { node: { gpus: 1 } });
    const merged = new Simulation(s);
    const plain = new Simulation(unmerged(s));
    const r = run(s);
    expect(eventsOf(r, 'quantumExpired').filter((e) => e.quanta !== undefined)).toHaveLength(1);
    const end = r.ticks;
    // Forward tick by tick, then backwards: seeking back replays from a checkpoint.
    for (const t of [
      ...Array.from({ length: end + 1 }, (_, i) => i),
      ...Array.from({ length: end + 1 }, (_, i) => end - i),
    ])
      expect({ t, view: view(merged, t) }).toEqual({ t, view: view(plain, t) });
  });
});
