import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario, ScheduledOperation, SchedulerConfig } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { metricsOf, runSafely } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import { runResult } from './result';
import { zeroLengthExits } from './zeroRuns';
import { mlfqArb } from '../testing/mlfqArb';

/**
 * The engine's invariants with work of zero ticks (OSTEP's jobs of length 0, I/Os of -i 0 or -L 0): bursts of 0 are
 * frequent here, CPU and I/O alike, under every kind of policy, with switch costs, device queues and operations.
 * Pinned: a failure prints the counterexample scenario and this seed replays it.
 */
const SEED = 1717;
const NUM_RUNS = 150;
const MAX_STEPS = 20_000;

const burst = (max: number) => fc.oneof(fc.constant(0), fc.integer({ min: 0, max }));
const jobArb: fc.Arbitrary<Job> = fc
  .record({
    arrival: fc.integer({ min: 0, max: 12 }),
    cpu: fc.array(burst(5), { minLength: 1, maxLength: 4 }),
    io: fc.array(burst(4), { minLength: 3, maxLength: 3 }),
    tickets: fc.integer({ min: 1, max: 50 }),
  })
  .map(({ arrival, cpu, io, tickets }) => ({
    arrival,
    bursts: cpu.flatMap((c, i) => (i === 0 ? [c] : [io[i - 1] as number, c])),
    tickets,
  }));

const quantum = fc.integer({ min: 1, max: 4 });
const schedulerArb: fc.Arbitrary<SchedulerConfig> = fc.oneof(
  fc.constant({ policy: 'FIFO' as const }),
  fc.constant({ policy: 'SJF' as const }),
  fc.constant({ policy: 'SRTF' as const }),
  quantum.map((q) => ({ policy: 'RR' as const, quantum: q })),
  mlfqArb(quantum, { levels: 3, allotment: 2, boost: 20, aging: 0 }),
  fc.record({
    policy: fc.constant('LOTTERY' as const),
    quantum,
    draw: fc.constantFrom('seeded' as const, 'python' as const),
    fullQuantum: fc.boolean(),
  }),
  fc.record({
    policy: fc.constant('PID_SCAN' as const),
    switchOnIo: fc.boolean(),
    ioCompletion: fc.constantFrom('later' as const, 'immediate' as const),
  }),
);

const operationsArb = (n: number): fc.Arbitrary<ScheduledOperation[]> =>
  fc.array(
    fc
      .record({
        tick: fc.integer({ min: 0, max: 20 }),
        op: fc.constantFrom('kill' as const, 'suspend' as const, 'resume' as const),
        pid: fc.integer({ min: 1, max: n }),
      })
      .map((o): ScheduledOperation => o),
    { maxLength: 4 },
  );

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    cpus: fc.integer({ min: 1, max: 3 }),
    jobs: fc.array(jobArb, { minLength: 1, maxLength: 8 }),
    scheduler: schedulerArb,
    contextSwitchCost: fc.integer({ min: 0, max: 2 }),
    ioDevices: fc.integer({ min: 0, max: 2 }),
    seed: fc.integer({ min: 0, max: 0xffff }),
  })
  .chain((s) =>
    operationsArb(s.jobs.length).map((operations) =>
      scenarioOf(s.scheduler, s.jobs, {
        node: { cpus: s.cpus, gpus: 0 },
        options: { contextSwitchCost: s.contextSwitchCost, ioDevices: s.ioDevices },
        seed: s.seed,
        operations,
      }),
    ),
  );

const outcomes = new Map<string, ReturnType<typeof runOf>>();

/** Validated (a scenario may carry bursts of 0) and run, bounded; memoised across the properties. */
function outcome(s: Scenario): ReturnType<typeof runOf> {
  const key = JSON.stringify(s);
  const o = outcomes.get(key) ?? runOf(s);
  outcomes.set(key, o);
  return o;
}

function runOf(s: Scenario) {
  const v = validateScenario(JSON.parse(JSON.stringify(s)));
  if (!v.ok) throw new Error(`the arbitrary made an invalid scenario: ${JSON.stringify(v.errors.slice(0, 3))}`);
  const { state, livelockAt } = runSafely(v.scenario, MAX_STEPS);
  return { state, livelockAt, r: runResult(state) };
}

const cpuTotal = (bursts: readonly number[]) => bursts.reduce((n, b, i) => (i % 2 === 0 ? n + b : n), 0);

describe('engine invariants with zero-length work', () => {
  it('every run finishes, one process per CPU per tick, and CPU time adds up', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { state, livelockAt, r } = outcome(s);
        expect(livelockAt, 'the clock stopped').toBeNull();
        expect(r.finished).toBe(true);
        // Each CPU's segments tile [0, end]: no zero-length segment, no overlap, so one process per CPU per tick.
        for (let cpu = 0; cpu < s.node.cpus; cpu++) {
          let at = 0;
          for (const g of r.timeline.filter((x) => x.cpu === cpu)) {
            expect(g.start).toBe(at);
            expect(g.end).toBeGreaterThan(g.start);
            at = g.end;
          }
          expect(at).toBe(r.ticks);
        }
        // No process on two CPUs in the same tick.
        const busy = new Map<string, number>();
        for (const g of r.timeline) {
          if (g.pid === null) continue;
          for (let t = g.start; t < g.end; t++) {
            const key = `${g.pid}@${t}`;
            expect(busy.has(key), `P${g.pid} on CPUs ${busy.get(key)} and ${g.cpu} at ${t}`).toBe(false);
            busy.set(key, g.cpu);
          }
        }
        for (const p of r.processes) {
          const ran = r.timeline
            .filter((g) => g.pid === p.pid && g.kind !== 'switch')
            .reduce((n, g) => n + g.end - g.start, 0);
          expect(ran, `P${p.pid}`).toBe(p.cpuTime);
          const spec = s.processes.find((x) => x.pid === p.pid);
          const killed = r.events.some((e) => e.kind === 'op' && e.op === 'kill' && e.pid === p.pid);
          if (p.state === 'TERMINATED' && !killed) expect(p.cpuTime).toBe(cpuTotal(spec?.bursts ?? []));
          if (p.completion !== null && p.completion >= p.arrival) {
            const m = metricsOf({ state }, p.pid);
            expect(m.cpuTime + m.waiting + m.ioTime + m.suspendedTime, `P${p.pid}`).toBe(m.turnaround);
          }
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it('a zero-length job ends at the tick its policy dispatches it, with response = turnaround = its wait', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { r } = outcome(s);
        const zeroExit = zeroLengthExits();
        const zeroAt = new Map(r.events.filter(zeroExit).map((e) => [e.pid, e.tick]));
        for (const spec of s.processes) {
          if (spec.bursts.length !== 1 || spec.bursts[0] !== 0) continue;
          const p = r.processes.find((x) => x.pid === spec.pid);
          if (!p || p.completion === null || r.events.some((e) => e.kind === 'op' && e.pid === p.pid)) continue;
          const dispatches = r.events.filter((e) => e.kind === 'dispatch' && e.pid === p.pid);
          expect(dispatches.length, `P${p.pid}`).toBe(1);
          // Without a switch-in cost it exits at its dispatch; with one, when the switch ends.
          if (s.options.contextSwitchCost === 0) expect(zeroAt.get(p.pid)).toBe(p.completion);
          expect(p.response).toBe(p.turnaround);
          expect(p.cpuTime).toBe(0);
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });
});
