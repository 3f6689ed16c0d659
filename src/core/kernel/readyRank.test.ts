import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScheduledOperation, SchedulerConfig } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import { advanceTo } from './engine';
import { createState, type SimState } from './state';
import { mlfqArb } from '../testing/mlfqArb';

const jobArb: fc.Arbitrary<Job> = fc
  .record({
    arrival: fc.integer({ min: 0, max: 20 }),
    cpu: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
    io: fc.integer({ min: 0, max: 6 }),
    priority: fc.integer({ min: 0, max: 5 }),
    tickets: fc.integer({ min: 1, max: 100 }),
  })
  .map(({ arrival, cpu, io, priority, tickets }) => ({
    arrival,
    bursts: cpu.flatMap((c, i) => (i === 0 ? [c] : [io, c])),
    priority,
    tickets,
  }));

const quantumArb = fc.integer({ min: 1, max: 5 });
/** The policies that give the ready queue a rank (Policy.rank); MLFQ's, preemptive, checks preemptions by ranks. */
const rankedArb: fc.Arbitrary<SchedulerConfig> = fc.oneof(
  fc.constant({ policy: 'FIFO' as const }),
  quantumArb.map((quantum) => ({ policy: 'RR' as const, quantum })),
  quantumArb.map((quantum) => ({ policy: 'LOTTERY' as const, quantum })),
  mlfqArb(quantumArb, { levels: 4, allotment: 3, boost: 30, aging: 10 }),
);

const operationArb = (pids: number): fc.Arbitrary<ScheduledOperation> =>
  fc
    .record({
      tick: fc.integer({ min: 0, max: 40 }),
      op: fc.constantFrom('suspend' as const, 'resume' as const, 'kill' as const, 'setPriority' as const),
      pid: fc.integer({ min: 1, max: pids }),
      priority: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ tick, op, pid, priority }) => (op === 'setPriority' ? { tick, op, pid, priority } : { tick, op, pid }));

const caseArb = fc
  .record({
    scheduler: rankedArb,
    jobs: fc.array(jobArb, { minLength: 1, maxLength: 8 }),
    cpus: fc.integer({ min: 1, max: 3 }),
    contextSwitchCost: fc.integer({ min: 0, max: 1 }),
    requeueOrder: fc.constantFrom('arrivalsFirst' as const, 'preemptedFirst' as const),
  })
  .chain((c) => fc.record({ c: fc.constant(c), operations: fc.array(operationArb(c.jobs.length), { maxLength: 4 }) }));

/**
 * The run to its end, logs and all; `unranked`: with the policy's rank left out, and its bands (FIFO, RR and MLFQ keep
 * a sorted queue a band, kernel/seqQueue.ts), so the ready queue is a heap that calls compare.
 */
function run(st: SimState, unranked: boolean): string {
  if (unranked) {
    const { rank: _rank, seqBands: _seqBands, band: _band, ...rest } = st.policy;
    st.policy = Object.freeze(rest);
  }
  // Bounded, so that a wrong order that never ends (a preemption back and forth) fails instead of hanging.
  advanceTo(st, 10_000, 20_000);
  return JSON.stringify([st.finished, st.events, st.segments]);
}

describe('the ready queue under a rank (a heap, or a sorted list a band) and the preemption check by ranks', () => {
  it('takes READY processes in the order compare gives: the same run as without the rank', () => {
    fc.assert(
      fc.property(caseArb, ({ c, operations }) => {
        const valid = validateScenario(
          scenarioOf(c.scheduler, c.jobs, {
            node: { cpus: c.cpus },
            options: { contextSwitchCost: c.contextSwitchCost, requeueOrder: c.requeueOrder },
            operations,
          }),
        );
        // Operations the validator refuses (a pid of a job it dropped) are not this test's business.
        fc.pre(valid.ok);
        if (!valid.ok) return;
        const ranked = createState(valid.scenario);
        expect(ranked.policy.rank).toBeDefined();
        const straight = run(ranked, false);
        expect(ranked.finished).toBe(true);
        expect(straight).toBe(run(createState(valid.scenario), true));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
