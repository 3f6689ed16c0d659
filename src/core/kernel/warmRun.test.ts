import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeCache, Scenario, SchedulerConfig } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { run, runSafely } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import { runResult, type RunResult } from './result';
import { Simulation } from './simulation';
import { mlfqArb } from '../testing/mlfqArb';

/** Pinned: a failure prints the counterexample scenario and this seed replays it. */
const SEED = 1717;
const NUM_RUNS = 100;

const cacheArb: fc.Arbitrary<NodeCache> = fc.record({
  size: fc.integer({ min: 0, max: 120 }),
  warmRate: fc.integer({ min: 1, max: 4 }),
  warmupTime: fc.integer({ min: 0, max: 8 }),
});

const quantumArb = fc.integer({ min: 1, max: 6 });
/** Every policy that honours affinity (lottery's and the PID scan's picks are refused with it). */
const schedulerArb: fc.Arbitrary<SchedulerConfig> = fc.oneof(
  fc.constant({ policy: 'FIFO' as const }),
  fc.constant({ policy: 'SJF' as const }),
  fc.constant({ policy: 'SRTF' as const }),
  quantumArb.map((quantum) => ({ policy: 'RR' as const, quantum })),
  fc.record({ policy: fc.constant('PRIORITY' as const), preemptive: fc.boolean(), agingInterval: fc.constant(0) }),
  mlfqArb(quantumArb, { levels: 3, allotment: 3, boost: 40, aging: 0 }),
  fc.record({ policy: fc.constant('EDF' as const), preemptive: fc.boolean() }),
  fc.record({
    policy: fc.constant('MULTI_CPU' as const),
    quantum: quantumArb,
    queues: fc.constantFrom('shared' as const, 'perCpu' as const),
    globalQuantum: fc.boolean(),
    peekInterval: fc.constantFrom(0, 3, 10),
    randomOrder: fc.boolean(),
  }),
);

interface CacheJob extends Job {
  workingSet: number;
  /** a subset of the node's CPUs, by bit; 0 = no affinity */
  cpuMask: number;
}

const jobArb: fc.Arbitrary<CacheJob> = fc
  .record({
    arrival: fc.integer({ min: 0, max: 30 }),
    cpu: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }),
    io: fc.integer({ min: 1, max: 8 }),
    priority: fc.integer({ min: 0, max: 5 }),
    workingSet: fc.integer({ min: 0, max: 80 }),
    cpuMask: fc.integer({ min: 0, max: 15 }),
  })
  .map(({ arrival, cpu, io, priority, workingSet, cpuMask }) => ({
    arrival,
    bursts: cpu.flatMap((c, i) => (i === 0 ? [c] : [io, c])),
    priority,
    deadline: arrival + 200,
    workingSet,
    cpuMask,
  }));

/** A scenario with the node's caches on, each process's working set, and its affinity (within the node's CPUs). */
function cached(scheduler: SchedulerConfig, cpus: number, cache: NodeCache, jobs: CacheJob[]): Scenario {
  const s = scenarioOf(scheduler, jobs, { node: { cpus, cache } });
  return {
    ...s,
    processes: s.processes.map((p, i) => {
      const job = jobs[i] as CacheJob;
      const affinity = [...Array(cpus).keys()].filter((c) => (job.cpuMask >> c) & 1);
      return { ...p, workingSet: job.workingSet, ...(affinity.length > 0 && { affinity }) };
    }),
  };
}

const scenarioArb = fc
  .record({
    cpus: fc.integer({ min: 1, max: 4 }),
    cache: cacheArb,
    scheduler: schedulerArb,
    jobs: fc.array(jobArb, { minLength: 1, maxLength: 8 }),
  })
  .map(({ cpus, cache, scheduler, jobs }) => cached(scheduler, cpus, cache, jobs));

const outcomes = new Map<string, RunResult>();

/** Validates (the arbitrary must only make valid scenarios) and runs, bounded; memoised across properties. */
function outcome(s: Scenario): RunResult {
  const key = JSON.stringify(s);
  const known = outcomes.get(key);
  if (known) return known;
  const v = validateScenario(JSON.parse(key));
  if (!v.ok) throw new Error(`the arbitrary made an invalid scenario: ${JSON.stringify(v.errors.slice(0, 3))}`);
  const { state, livelockAt } = runSafely(v.scenario, 20_000);
  expect(livelockAt).toBeNull();
  expect(state.finished).toBe(true);
  const r = runResult(state);
  outcomes.set(key, r);
  return r;
}

const property = (check: (s: Scenario, r: RunResult) => void): void => {
  fc.assert(
    fc.property(scenarioArb, (s) => check(s, outcome(s))),
    { seed: SEED, numRuns: NUM_RUNS },
  );
};

const completions = (s: Scenario): (number | null)[] => run(s).processes.map((p) => p.completion);

const cpuBursts = (bursts: readonly number[]): number[] => bursts.filter((_, i) => i % 2 === 0);

describe('per-CPU caches in the kernel (node.cache)', () => {
  it('one process per CPU per tick: each CPU tiles [0, end], and no process is on two CPUs at once', () => {
    property((s, r) => {
      for (let cpu = 0; cpu < s.node.cpus; cpu++) {
        let at = 0;
        for (const g of r.timeline.filter((x) => x.cpu === cpu)) {
          expect(g.start).toBe(at);
          at = g.end;
        }
        expect(at).toBe(r.ticks);
      }
      for (const p of r.processes) {
        const mine = r.timeline.filter((g) => g.pid === p.pid).sort((a, b) => a.start - b.start);
        mine.forEach(
          (g, i) => i > 0 && expect(g.start, `P${p.pid}`).toBeGreaterThanOrEqual(mine[i - 1]?.end as number),
        );
      }
    });
  });

  it('CPU work adds up: run ticks are cpuTime, and an exited process did its bursts’ units of work', () => {
    property((s, r) => {
      const rate = s.node.cache?.warmRate ?? 1;
      for (const p of r.processes) {
        const mine = r.timeline.filter((g) => g.pid === p.pid && g.kind !== 'switch');
        expect(mine.reduce((n, g) => n + g.end - g.start, 0)).toBe(p.cpuTime);
        for (const g of mine) expect(typeof g.warm, 'every run segment says warm or cold').toBe('boolean');
        const work = mine.reduce((n, g) => n + (g.end - g.start) * (g.warm ? rate : 1), 0);
        const bursts = cpuBursts(s.processes.find((x) => x.pid === p.pid)?.bursts ?? []);
        const total = bursts.reduce((n, b) => n + b, 0);
        // A warm last tick of a burst may do more than the burst had left (at most rate − 1 units), no more.
        expect(work).toBeGreaterThanOrEqual(total);
        expect(work).toBeLessThanOrEqual(total + (rate - 1) * bursts.length);
      }
    });
  });

  it('a process never runs on a CPU outside its affinity', () => {
    property((s, r) => {
      for (const g of r.timeline) {
        if (g.pid === null) continue;
        const affinity = s.processes.find((p) => p.pid === g.pid)?.affinity;
        if (affinity) expect(affinity, `P${g.pid} on CPU ${g.cpu}`).toContain(g.cpu);
      }
    });
  });

  it('a warm run never finishes later than the same run cold', () => {
    // Alone on the node (any policy, I/O between bursts), and FIFO on one CPU without I/O, where the order does not
    // depend on speed. With I/O it can: a process back from I/O sooner may take the CPU ahead of a new arrival.
    const alone = fc.record({ s: scenarioArb }).map(({ s }) => ({ ...s, processes: s.processes.slice(0, 1) }));
    const fifo = fc
      .record({ cache: cacheArb, jobs: fc.array(jobArb, { minLength: 1, maxLength: 8 }) })
      .map(({ cache, jobs }) =>
        cached(
          { policy: 'FIFO' },
          1,
          cache,
          jobs.map((j) => ({ ...j, bursts: j.bursts.slice(0, 1) })),
        ),
      );
    fc.assert(
      fc.property(fc.oneof(alone, fifo), (s) => {
        const cache = s.node.cache as NodeCache;
        const warm = completions(s);
        const cold = completions({ ...s, node: { ...s.node, cache: { ...cache, warmRate: 1 } } });
        warm.forEach((at, i) => expect(at as number).toBeLessThanOrEqual(cold[i] as number));
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it('pausing anywhere does not change the run: seeking around (checkpoints of the caches) gives the same trace', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 1, maxLength: 4 }),
        (s, ticks) => {
          const r = outcome(s);
          const roaming = new Simulation(s);
          for (const t of ticks) roaming.seek(t);
          roaming.runToEnd();
          expect(runResult(roaming.state).traceHash, `after seeking to ${ticks.join(', ')}`).toBe(r.traceHash);
        },
      ),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('a lone job warms after warmupTime ticks and then does warmRate units a tick (multi.py’s arithmetic)', () => {
    // 30 units, warm after 10 ticks at 1, then 20 units at 2: done at tick 20; the Gantt shows cold, then warm.
    const s = cached({ policy: 'FIFO' }, 1, { size: 100, warmRate: 2, warmupTime: 10 }, [
      { bursts: [30], workingSet: 50, cpuMask: 0 },
    ]);
    const r = outcome(s);
    expect(r.processes[0]?.completion).toBe(20);
    expect(r.timeline.filter((g) => g.pid !== null)).toEqual([
      { cpu: 0, start: 0, end: 10, pid: 1, warm: false },
      { cpu: 0, start: 10, end: 20, pid: 1, warm: true },
    ]);
    const words = r.events.filter((e) => e.kind === 'cache').map((e) => e.kind === 'cache' && e.change.kind);
    expect(words).toEqual(['warming', 'warmed']);
  });

  it('a working set pushed out of the cache must warm again; one that does not fit never warms', () => {
    // Cache 100: P1 (60) warms CPU 0, P2 (60) pushes it out, so P1's second run starts cold again.
    const s = cached({ policy: 'RR', quantum: 4 }, 1, { size: 100, warmRate: 2, warmupTime: 2 }, [
      { bursts: [12], workingSet: 60, cpuMask: 0 },
      { bursts: [12], workingSet: 60, cpuMask: 0 },
    ]);
    const r = outcome(s);
    const evicted = r.events.filter((e) => e.kind === 'cache' && e.change.kind === 'evicted');
    expect(evicted.length).toBeGreaterThan(0);
    const tooBig = cached({ policy: 'FIFO' }, 1, { size: 10, warmRate: 3, warmupTime: 1 }, [
      { bursts: [6], workingSet: 50, cpuMask: 0 },
    ]);
    // It warms, pushes itself out (it is larger than the cache) and warms again every tick: never faster.
    expect(outcome(tooBig).processes[0]?.completion).toBe(6);
  });
});

const base = (): Scenario =>
  cached({ policy: 'FIFO' }, 2, { size: 10, warmRate: 2, warmupTime: 1 }, [{ bursts: [3], workingSet: 5, cpuMask: 1 }]);
const messages = (s: unknown): string[] => {
  const v = validateScenario(s);
  return v.ok ? [] : v.errors.map((e) => e.message);
};

describe('refusals of node.cache, workingSet and affinity', () => {
  it('accepts the model, and refuses an affinity beyond the node, under lottery, a working set without caches', () => {
    expect(messages(base())).toEqual([]);
    const s = base();
    const outside = { ...s, processes: s.processes.map((p) => ({ ...p, affinity: [0, 2] })) };
    expect(messages(outside).join()).toMatch(/processes\[0\]\.affinity must list CPUs from 0 to 1/);
    const lottery = { ...s, scheduler: { policy: 'LOTTERY', quantum: 2 } };
    expect(messages(lottery).join()).toMatch(/affinity must be absent under LOTTERY/);
    const noCache = { ...s, node: { ...s.node, cache: undefined } };
    expect(messages(JSON.parse(JSON.stringify(noCache))).join()).toMatch(/workingSet needs node\.cache/);
    const bad = { ...s, node: { ...s.node, cache: { size: 10, warmRate: 0, warmupTime: 1 } } };
    expect(messages(bad).join()).toMatch(/node\.cache\.warmRate/);
  });
});

describe('the preset "Multiprocessor: cache affinity"', () => {
  it('loads, runs, and agrees with multi.py -n 2 -L a:100:100,b:100:50,c:100:50 -A a:0,b:1,c:1 -c', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../../public/scenarios/cache-affinity.json', import.meta.url), 'utf8'),
    );
    const r = outcome((validateScenario(raw) as { ok: true; scenario: Scenario }).scenario);
    // multi.py: "Finished time 110"; CPU 0 utilization 50.00 [ warm 40.91 ], CPU 1 utilization 100.00 [ warm 81.82 ].
    expect(r.ticks).toBe(110);
    const ticksOn = (cpu: number, warm?: boolean) =>
      r.timeline
        .filter((g) => g.cpu === cpu && g.pid !== null && (warm === undefined || g.warm === warm))
        .reduce((n, g) => n + g.end - g.start, 0);
    expect([ticksOn(0), ticksOn(0, true)]).toEqual([55, 45]);
    expect([ticksOn(1), ticksOn(1, true)]).toEqual([110, 90]);
  });
});
