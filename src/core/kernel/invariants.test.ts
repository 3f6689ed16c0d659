import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEEDS } from '../scenario/defaults';
import type { ProcessSpec, Scenario, ScheduledOperation, SchedulerConfig, SimOptions } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { metricsOf, runSafely } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import type { SimEvent } from './events';
import type { SimState } from './state';
import { runResult, type RunResult } from './result';
import { Simulation } from './simulation';
import { mlfqArb } from '../testing/mlfqArb';

/** Pinned: a failure prints the counterexample scenario and this seed replays it. */
const SEED = 4242;
const NUM_RUNS = 300;
/** No scenario from the arbitrary needs anywhere near this many decision points (its work is under ~1,500 ticks). */
const MAX_STEPS = 20_000;

// ---------------------------------------------------------------------------------------------------------------
// The arbitrary

const jobArb = (maxGpus: number): fc.Arbitrary<Job> =>
  fc
    .record({
      arrival: fc.integer({ min: 0, max: 30 }),
      cpu: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 3 }),
      io: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 2 }),
      priority: fc.integer({ min: -3, max: 8 }),
      slack: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      tickets: fc.integer({ min: 1, max: 400 }),
      gpus: fc.integer({ min: 0, max: maxGpus }),
    })
    .map(({ arrival, cpu, io, priority, slack, tickets, gpus }) => ({
      arrival,
      bursts: cpu.flatMap((c, i) => (i === 0 ? [c] : [io[i - 1] as number, c])),
      priority,
      ...(slack !== undefined && { deadline: arrival + slack }),
      tickets,
      gpus,
    }));

const quantumArb = fc.integer({ min: 1, max: 6 });
const schedulerArb: fc.Arbitrary<SchedulerConfig> = fc.oneof(
  fc.constant({ policy: 'FIFO' as const }),
  fc.constant({ policy: 'SJF' as const }),
  fc.constant({ policy: 'SRTF' as const }),
  quantumArb.map((quantum) => ({ policy: 'RR' as const, quantum })),
  fc.record({
    policy: fc.constant('PRIORITY' as const),
    preemptive: fc.boolean(),
    agingInterval: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 })),
  }),
  mlfqArb(quantumArb, { levels: 4, allotment: 3, boost: 50, aging: 20 }),
  quantumArb.map((quantum) => ({ policy: 'LOTTERY' as const, quantum })),
  fc.record({
    policy: fc.constant('LOTTERY' as const),
    quantum: quantumArb,
    draw: fc.constantFrom('seeded' as const, 'python' as const),
    fullQuantum: fc.boolean(),
  }),
  fc.record({ policy: fc.constant('EDF' as const), preemptive: fc.boolean() }),
  fc.record({
    policy: fc.constant('PID_SCAN' as const),
    switchOnIo: fc.boolean(),
    ioCompletion: fc.constantFrom('later' as const, 'immediate' as const),
  }),
);

const optionsArb: fc.Arbitrary<SimOptions> = fc.record({
  contextSwitchCost: fc.integer({ min: 0, max: 2 }),
  countIdleSwitches: fc.boolean(),
  requeueOrder: fc.constantFrom('arrivalsFirst' as const, 'preemptedFirst' as const),
  lowerNumberIsHigherPriority: fc.boolean(),
  ioDevices: fc.integer({ min: 0, max: 2 }),
});

/** Creates first (fresh pids), then kill/suspend/resume/setPriority on any pid the validator accepts. */
const operationsArb = (n: number, gpus: number): fc.Arbitrary<ScheduledOperation[]> =>
  fc
    .record({
      creates: fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), jobArb(gpus)), { maxLength: 2 }),
      others: fc.array(
        fc.record({
          tick: fc.integer({ min: 0, max: 60 }),
          op: fc.constantFrom('kill' as const, 'suspend' as const, 'resume' as const, 'setPriority' as const),
          target: fc.integer({ min: 1, max: n + 2 }),
          priority: fc.integer({ min: -3, max: 8 }),
        }),
        { maxLength: 5 },
      ),
    })
    .map(({ creates, others }) => {
      const created = creates.map(([tick, job], i): ScheduledOperation => {
        const pid = n + 1 + i;
        const process: ProcessSpec = {
          pid,
          name: `C${pid}`,
          type: 'USER',
          priority: job.priority ?? 0,
          arrival: 0,
          bursts: job.bursts,
          ...(job.deadline !== undefined && { deadline: tick + job.deadline - (job.arrival ?? 0) }),
          ...(job.tickets !== undefined && { tickets: job.tickets }),
          needs: { ...DEFAULT_NEEDS, gpus: job.gpus ?? 0 },
        };
        return { tick, op: 'create', process };
      });
      const maxPid = n + created.length;
      const rest = others.map(({ tick, op, target, priority }): ScheduledOperation => {
        const pid = Math.min(target, maxPid);
        return op === 'setPriority' ? { tick, op, pid, priority } : { tick, op, pid };
      });
      return [...created, ...rest];
    });

/** File I/O for every other process, on a small disk whose requests cost a few ticks (or none). */
const fileIoArb = fc.record({
  every: fc.integer({ min: 2, max: 8 }),
  requests: fc.array(
    fc.record({
      kind: fc.constantFrom('read' as const, 'write' as const),
      path: fc.constantFrom('/a', '/b', '/missing/c'),
      bytes: fc.integer({ min: 1, max: 3000 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  requestTicks: fc.integer({ min: 0, max: 2 }),
  blockTicks: fc.integer({ min: 0, max: 1 }),
  cacheBlocks: fc.integer({ min: 0, max: 4 }),
  writeBack: fc.boolean(),
});

function withFileIo(
  s: Scenario,
  io: (typeof fileIoArb extends fc.Arbitrary<infer T> ? T : never) | undefined,
): Scenario {
  if (!io) return s;
  const { requestTicks, blockTicks, cacheBlocks, writeBack, ...files } = io;
  return {
    ...s,
    processes: s.processes.map((p, i) => (i % 2 === 0 ? { ...p, files } : p)),
    fs: {
      blockSize: 1024,
      blocks: 32,
      inodes: 16,
      device: { requestTicks, blockTicks },
      cache: { blocks: cacheBlocks, writeBack },
    },
  };
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({ cpus: fc.integer({ min: 1, max: 4 }), gpus: fc.integer({ min: 0, max: 2 }) })
  .chain(({ cpus, gpus }) =>
    fc.record({
      cpus: fc.constant(cpus),
      gpus: fc.constant(gpus),
      jobs: fc.array(jobArb(gpus), { minLength: 1, maxLength: 12 }),
      scheduler: schedulerArb,
      options: optionsArb,
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
      withOps: fc.boolean(),
      // One scenario in three does file I/O: the rest stay as fast as before.
      files: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fileIoArb, weight: 1 }),
    }),
  )
  .chain((s) =>
    (s.withOps ? operationsArb(s.jobs.length, s.gpus) : fc.constant<ScheduledOperation[]>([])).map((operations) =>
      withFileIo(
        scenarioOf(s.scheduler, s.jobs, {
          node: { cpus: s.cpus, gpus: s.gpus },
          options: s.options,
          seed: s.seed,
          operations,
        }),
        s.files,
      ),
    ),
  );

// ---------------------------------------------------------------------------------------------------------------
// Running, once per scenario

interface Outcome {
  sim: { state: SimState };
  r: RunResult;
  /** the tick at which the clock stopped moving, if it did */
  livelockAt: number | null;
}
const outcomes = new Map<string, Outcome>();

/** Validates (the arbitrary must only make valid scenarios) and runs, bounded; memoised across properties. */
function outcome(scenario: Scenario): Outcome {
  const key = JSON.stringify(scenario);
  let o = outcomes.get(key);
  if (!o) {
    const v = validateScenario(JSON.parse(key));
    if (!v.ok) throw new Error(`the arbitrary made an invalid scenario: ${JSON.stringify(v.errors.slice(0, 3))}`);
    const { state, livelockAt } = runSafely(v.scenario, MAX_STEPS);
    o = { sim: { state }, r: runResult(state), livelockAt };
    outcomes.set(key, o);
  }
  return o;
}

/**
 * A property over the runs that finished. Runs that do not finish fail their own property (below); here they
 * are skipped so that one known failure does not hide the others.
 */
const property = (check: (s: Scenario, o: Outcome) => void): void => {
  fc.assert(
    fc.property(scenarioArb, (s) => {
      const o = outcome(s);
      fc.pre(o.r.finished && o.livelockAt === null);
      check(s, o);
    }),
    { seed: SEED, numRuns: NUM_RUNS },
  );
};

const cpuBurstTotal = (bursts: readonly number[]): number => bursts.reduce((n, b, i) => (i % 2 === 0 ? n + b : n), 0);
const allBursts = (s: Scenario): number[][] => [
  ...s.processes.map((p) => p.bursts),
  ...s.operations.flatMap((op) => (op.op === 'create' ? [op.process.bursts] : [])),
];

type Interval = [number, number];
const overlaps = (a: Interval, b: Interval): boolean => a[0] < b[1] && b[0] < a[1];

/** Per pid, the stretches it must not run in: doing or queued for I/O, and suspended. Derived from the events alone. */
function blockedIntervals(events: readonly SimEvent[], end: number): Map<number, { why: string; at: Interval }[]> {
  const out = new Map<number, { why: string; at: Interval }[]>();
  const openIo = new Map<number, number>();
  const openSusp = new Map<number, number>();
  const close = (open: Map<number, number>, pid: number, tick: number, why: string): void => {
    const since = open.get(pid);
    if (since === undefined) return;
    open.delete(pid);
    if (!out.has(pid)) out.set(pid, []);
    out.get(pid)?.push({ why, at: [since, tick] });
  };
  for (const e of events) {
    if ((e.kind === 'ioStart' || e.kind === 'ioQueued') && !openIo.has(e.pid)) openIo.set(e.pid, e.tick);
    else if (e.kind === 'ioDone') close(openIo, e.pid, e.tick, 'I/O');
    else if (e.kind === 'op' && e.op === 'suspend') openSusp.set(e.pid, e.tick);
    else if (e.kind === 'op' && e.op === 'resume') close(openSusp, e.pid, e.tick, 'SUSPENDED');
    else if (e.kind === 'op' && e.op === 'kill') {
      close(openIo, e.pid, e.tick, 'I/O');
      close(openSusp, e.pid, e.tick, 'SUSPENDED');
    }
  }
  for (const pid of openIo.keys()) close(openIo, pid, end, 'I/O');
  for (const pid of openSusp.keys()) close(openSusp, pid, end, 'SUSPENDED');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

describe('engine invariants over random scenarios', () => {
  it('the arbitrary makes valid scenarios, and every run finishes within a bounded number of ticks and events', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { r, livelockAt } = outcome(s);
        expect(livelockAt, 'the clock stopped: the next event is always now').toBeNull();
        expect(r.finished).toBe(true);
        const work = allBursts(s).reduce((n, b) => n + b.reduce((x, y) => x + y, 0), 0);
        expect(r.ticks).toBeLessThanOrEqual(60 + work + 3 * (work + 10));
        expect(r.events.length).toBeLessThanOrEqual(12 * (work + s.operations.length + s.processes.length) + 200);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it('each CPU runs at most one thing at a time: its segments tile [0, end] without overlap', () => {
    property((s, { r }) => {
      for (let cpu = 0; cpu < s.node.cpus; cpu++) {
        const segs = r.timeline.filter((g) => g.cpu === cpu);
        let at = 0;
        for (const g of segs) {
          expect(g.start, `CPU ${cpu} segment ${JSON.stringify(g)}`).toBe(at);
          expect(g.end).toBeGreaterThan(g.start);
          at = g.end;
        }
        expect(at).toBe(r.ticks);
      }
    });
  });

  it('no process is on two CPUs at once', () => {
    property((_s, { r }) => {
      const byPid = new Map<number, Interval[]>();
      for (const g of r.timeline) {
        if (g.pid === null) continue;
        const mine = byPid.get(g.pid) ?? [];
        for (const other of mine)
          expect(overlaps(other, [g.start, g.end]), `P${g.pid} at ${g.start}-${g.end} on CPU ${g.cpu}`).toBe(false);
        mine.push([g.start, g.end]);
        byPid.set(g.pid, mine);
      }
    });
  });

  it('CPU time: run segments add up to cpuTime, and a process that exits ran exactly its CPU bursts', () => {
    property((s, { r }) => {
      const specs = new Map(
        [...s.processes, ...s.operations.flatMap((op) => (op.op === 'create' ? [op.process] : []))].map((p) => [
          p.pid,
          p,
        ]),
      );
      for (const p of r.processes) {
        const ran = r.timeline
          .filter((g) => g.pid === p.pid && g.kind !== 'switch')
          .reduce((n, g) => n + g.end - g.start, 0);
        expect(ran, `P${p.pid}`).toBe(p.cpuTime);
        const killed = r.events.some((e) => e.kind === 'op' && e.op === 'kill' && e.pid === p.pid);
        if (p.state === 'TERMINATED' && !killed)
          expect(p.cpuTime, `P${p.pid}`).toBe(cpuBurstTotal(specs.get(p.pid)?.bursts ?? []));
        else expect(p.cpuTime).toBeLessThanOrEqual(cpuBurstTotal(specs.get(p.pid)?.bursts ?? []));
      }
    });
  });

  it('nothing runs before its arrival, after its completion, during its I/O or while suspended', () => {
    property((_s, { r }) => {
      const blocked = blockedIntervals(r.events, r.ticks);
      for (const g of r.timeline) {
        if (g.pid === null || g.kind === 'switch') continue;
        const p = r.processes.find((x) => x.pid === g.pid);
        expect(g.start, `P${g.pid} runs before it arrives`).toBeGreaterThanOrEqual(p?.arrival ?? Infinity);
        if (p?.completion !== null && p?.completion !== undefined) expect(g.end).toBeLessThanOrEqual(p.completion);
        for (const b of blocked.get(g.pid) ?? []) {
          expect(
            overlaps(b.at, [g.start, g.end]),
            `P${g.pid} runs ${g.start}-${g.end} on CPU ${g.cpu} while ${b.why} ${b.at[0]}-${b.at[1]}`,
          ).toBe(false);
        }
      }
    });
  });

  it('waiting ≥ 0, 0 ≤ response ≤ turnaround', () => {
    property((_s, { r }) => {
      for (const p of r.processes) {
        expect(p.waiting).toBeGreaterThanOrEqual(0);
        expect(p.ioTime).toBeGreaterThanOrEqual(0);
        if (p.response !== null) expect(p.response).toBeGreaterThanOrEqual(0);
        if (p.response !== null && p.turnaround !== null)
          expect(p.response, `P${p.pid}`).toBeLessThanOrEqual(p.turnaround);
      }
    });
  });

  it('turnaround = CPU + waiting + I/O + suspended, for every process that ended after it arrived', () => {
    property((_s, { sim, r }) => {
      for (const row of r.processes) {
        if (row.completion === null || row.completion < row.arrival) continue;
        const m = metricsOf(sim, row.pid);
        expect(m.cpuTime + m.waiting + m.ioTime + m.suspendedTime, `P${row.pid} ${JSON.stringify(m)}`).toBe(
          m.turnaround,
        );
      }
    });
  });

  it('deadline misses: counted once per process, exactly for those that ended after their deadline or never ended', () => {
    property((_s, { r }) => {
      const missEvents = r.events.filter((e) => e.kind === 'deadlineMiss');
      expect(new Set(missEvents.map((e) => e.pid)).size).toBe(missEvents.length);
      expect(r.summary.deadlineMisses).toBe(missEvents.length);
      for (const p of r.processes) {
        // Killed before it arrived (TERMINATED, no completion), it ended before its deadline.
        const ended = p.state === 'TERMINATED';
        const shouldMiss = p.deadline !== null && (!ended || (p.completion !== null && p.completion > p.deadline));
        expect(p.deadlineMissed, `P${p.pid} deadline ${p.deadline} completion ${p.completion}`).toBe(shouldMiss);
      }
    });
  });

  it('GPUs: never more holders than the node has, and a process with GPU needs runs only while holding them all', () => {
    property((s, { r }) => {
      for (const g of r.gpuTimeline) expect(g.gpu).toBeLessThan(s.node.gpus);
      for (let gpu = 0; gpu < s.node.gpus; gpu++) {
        const segs = r.gpuTimeline.filter((g) => g.gpu === gpu).sort((a, b) => a.start - b.start);
        for (let i = 1; i < segs.length; i++)
          expect(segs[i]!.start, `GPU ${gpu}`).toBeGreaterThanOrEqual(segs[i - 1]!.end);
      }
      const needs = new Map(
        [...s.processes, ...s.operations.flatMap((op) => (op.op === 'create' ? [op.process] : []))].map((p) => [
          p.pid,
          p.needs.gpus,
        ]),
      );
      for (const g of r.timeline) {
        if (g.pid === null || g.kind === 'switch') continue;
        const need = needs.get(g.pid) ?? 0;
        const held = r.gpuTimeline.filter((x) => x.pid === g.pid && x.start <= g.start && g.end <= x.end).length;
        expect(held, `P${g.pid} runs ${g.start}-${g.end} needing ${need} GPUs`).toBe(need);
      }
    });
  });

  it('the same scenario twice gives the same trace', () => {
    property((s, { r }) => {
      const again = runSafely(structuredClone(s), MAX_STEPS);
      expect(runResult(again.state).traceHash).toBe(r.traceHash);
    });
  });

  it('pausing anywhere does not change the run: stepping tick by tick, or seeking around first, gives the same trace', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 4 }),
        (s, ticks) => {
          const { r, livelockAt } = outcome(s);
          fc.pre(r.finished && livelockAt === null);
          const stepped = new Simulation(s);
          for (let t = 0; !stepped.state.finished && t <= r.ticks; t++) stepped.seek(t);
          stepped.runToEnd();
          expect(runResult(stepped.state).traceHash, 'stepped tick by tick').toBe(r.traceHash);
          const roaming = new Simulation(s);
          for (const t of ticks) roaming.seek(t);
          roaming.runToEnd();
          expect(runResult(roaming.state).traceHash, `after seeking to ${ticks.join(', ')}`).toBe(r.traceHash);
        },
      ),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });
});

describe('SRTF is optimal for average waiting on one CPU without I/O', () => {
  const others: SchedulerConfig[] = [
    { policy: 'FIFO' },
    { policy: 'SJF' },
    { policy: 'RR', quantum: 1 },
    { policy: 'RR', quantum: 3 },
    { policy: 'PRIORITY', preemptive: true, agingInterval: 0 },
    { policy: 'PRIORITY', preemptive: false, agingInterval: 2 },
    {
      policy: 'MLFQ',
      levels: [
        { quantum: 2, allotment: 1 },
        { quantum: 4, allotment: 1 },
      ],
      allotmentUnit: 'quanta',
      boostInterval: 20,
      agingThreshold: 0,
      ioResetsAllotment: false,
      ioToFront: false,
    },
    { policy: 'LOTTERY', quantum: 2 },
    { policy: 'EDF', preemptive: true },
    { policy: 'EDF', preemptive: false },
  ];
  const workload = fc.array(
    fc.record({
      arrival: fc.integer({ min: 0, max: 30 }),
      burst: fc.integer({ min: 1, max: 12 }),
      priority: fc.integer({ min: 0, max: 5 }),
      deadline: fc.integer({ min: 0, max: 80 }),
    }),
    { minLength: 1, maxLength: 10 },
  );

  it('SRTF’s average waiting ≤ every other policy’s on the same workload', () => {
    fc.assert(
      fc.property(workload, fc.integer({ min: 0, max: 1000 }), (w, seed) => {
        const jobs: Job[] = w.map((j) => ({
          arrival: j.arrival,
          bursts: [j.burst],
          priority: j.priority,
          deadline: j.arrival + j.deadline,
        }));
        const waiting = (scheduler: SchedulerConfig): number => {
          const sim = new Simulation(scenarioOf(scheduler, jobs, { seed }));
          sim.runToEnd();
          const rows = sim.state.procs.map((p) => metricsOf(sim, p.pid).waiting);
          return rows.reduce((a, b) => a + b, 0);
        };
        const srtf = waiting({ policy: 'SRTF' });
        for (const other of others) expect(srtf, JSON.stringify(other)).toBeLessThanOrEqual(waiting(other));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
