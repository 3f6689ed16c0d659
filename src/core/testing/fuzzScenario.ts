import fc from 'fast-check';
import { PLACEMENTS, REPLACEMENTS } from '../memory/types';
import { PROCESS_TYPES } from '../process/types';
import { findPolicy, POLICY_NAMES } from '../sched/registry';
import type { ParamField } from '../sched/module';
import type { AccessPattern, ProcessSpec, SchedulerConfig } from '../scenario/types';

/**
 * Random scenarios for the fuzz test (fuzz.test.ts) and `npm run fuzz`: every registered policy with parameters
 * drawn from its module's own fields, 1-4 CPUs, 0-2 GPUs, context-switch costs, I/O devices, an optional memory
 * section that makes processes compete for frames, and operations (kill, suspend, resume, setPriority, create,
 * compact). Kept small (a few processes, short bursts) so a few hundred runs take seconds. Meant to be valid;
 * a scenario validation refuses is not a failure (the check says so), just a wasted run.
 */

const PAGE = 4096;
/** Integer parameters are drawn from their minimum up to this far above it: small, so timers and quanta fire. */
const INT_SPAN = 12;

/** One parameter's value, from its form field's own limits and choices. */
function paramArb(field: ParamField): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'int':
      return fc.integer({ min: field.min, max: Math.min(field.max, field.min + INT_SPAN) });
    case 'flag':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...field.options.map((o) => o.value));
    case 'levels':
      return fc.array(
        fc.record({ quantum: fc.integer({ min: 1, max: 6 }), allotment: fc.integer({ min: 1, max: 3 }) }),
        { minLength: 1, maxLength: Math.min(field.max, 4) },
      );
  }
}

/**
 * A config of policy `name`: its module's defaults with every parameter drawn, leaving out (as its form does) a
 * parameter that is hidden by another's value or at its `omitAt` value.
 */
function configArb(name: string): fc.Arbitrary<SchedulerConfig> {
  const module = findPolicy(name);
  if (!module) throw new Error(`test: no policy module ${name}`);
  const params = Object.fromEntries(module.params.map((f) => [f.key, paramArb(f)]));
  return fc.record(params).map((drawn) => {
    const config: Record<string, unknown> = { ...module.defaults, ...drawn };
    for (const f of module.params) {
      const hidden = 'shownWhen' in f && f.shownWhen !== undefined && config[f.shownWhen.key] !== f.shownWhen.is;
      if (hidden || ('omitAt' in f && f.omitAt !== undefined && config[f.key] === f.omitAt)) delete config[f.key];
    }
    return config as unknown as SchedulerConfig;
  });
}

export const schedulerArb: fc.Arbitrary<SchedulerConfig> = fc.oneof(...POLICY_NAMES.map(configArb));

const accessArb = (pages: number): fc.Arbitrary<AccessPattern> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('sequence' as const),
      every: fc.integer({ min: 1, max: 3 }),
      // One page past the end now and then: an invalid address, which kills the process.
      offsets: fc.array(
        fc.integer({ min: 0, max: pages }).map((p) => p * PAGE),
        { minLength: 1, maxLength: 6 },
      ),
      writeEvery: fc.integer({ min: 0, max: 3 }),
    }),
    fc.record({
      kind: fc.constant('locality' as const),
      every: fc.integer({ min: 1, max: 3 }),
      workingSetPages: fc.integer({ min: 1, max: 4 }),
      jumpEvery: fc.integer({ min: 1, max: 5 }),
      writeFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  );

/** A process (arriving at `arrival`, or at a create's tick) with 1-3 CPU bursts and I/O between them. */
const processArb = (pid: number, gpus: number, memory: boolean): fc.Arbitrary<ProcessSpec> =>
  fc
    .record({
      type: fc.constantFrom(...PROCESS_TYPES),
      arrival: fc.integer({ min: 0, max: 20 }),
      cpu: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
      io: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 2 }),
      priority: fc.integer({ min: -2, max: 6 }),
      slack: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      tickets: fc.integer({ min: 1, max: 300 }),
      gpus: fc.integer({ min: 0, max: gpus }),
      pages: memory ? fc.integer({ min: 0, max: 10 }) : fc.constant(0),
    })
    .chain((p) =>
      (p.pages > 0 ? fc.option(accessArb(p.pages), { nil: undefined }) : fc.constant(undefined)).map((accesses) => ({
        pid,
        name: `P${pid}`,
        type: p.type,
        priority: p.priority,
        arrival: p.arrival,
        bursts: p.cpu.flatMap((c, i) => (i === 0 ? [c] : [p.io[i - 1] as number, c])),
        ...(p.slack !== undefined && { deadline: p.arrival + p.slack }),
        tickets: p.tickets,
        needs: { memoryBytes: p.pages * PAGE, gpus: p.gpus, networkMbps: 0 },
        ...(accesses && { accesses }),
      })),
    );

const memoryArb = fc.record({
  physicalBytes: fc.constantFrom(16, 32, 64).map((f) => f * PAGE),
  swapBytes: fc.constantFrom(32, 64, 128).map((f) => f * PAGE),
  pageSize: fc.constant(PAGE),
  pageTableLevels: fc.constantFrom(1, 2),
  tlbMode: fc.constantFrom('flush', 'asid'),
  placement: fc.constantFrom(...PLACEMENTS),
  // OPT and UNOPT need the future references, which a live run does not know: validation refuses them.
  replacement: fc.constantFrom(...REPLACEMENTS.filter((r) => r !== 'OPT' && r !== 'UNOPT')),
  swapInTicks: fc.integer({ min: 0, max: 4 }),
  swapOutTicks: fc.integer({ min: 0, max: 3 }),
  compactionTicksPerPage: fc.integer({ min: 0, max: 2 }),
  autoCompact: fc.boolean(),
  // Everything may use all of memory, so processes compete for frames rather than wait on a pool.
  pools: fc.constant({ aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 }),
  constraints: fc.constant({
    aiTotal: 1,
    aiModels: 1,
    aiData: 1,
    blockchainTotal: 1,
    ledger: 1,
    chainState: 1,
    system: 1,
  }),
});

const OPS = ['kill', 'suspend', 'resume', 'setPriority', 'compact'] as const;

/** Operations at ticks 0-40 on any pid there is (compact only with memory), after up to two creates. */
const operationsArb = (n: number, gpus: number, memory: boolean) =>
  fc
    .record({
      creates: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 0, max: 30 }),
          fc.integer({ min: 0, max: 60 }),
          processArb(0, gpus, memory),
        ),
        { maxLength: 2 },
      ),
      others: fc.array(
        fc.record({
          tick: fc.integer({ min: 0, max: 40 }),
          op: fc.constantFrom(...OPS.filter((op) => memory || op !== 'compact')),
          target: fc.integer({ min: 1, max: n + 2 }),
          priority: fc.integer({ min: -2, max: 6 }),
        }),
        { maxLength: 6 },
      ),
    })
    .map(({ creates, others }) => {
      // A created process arrives at the create's tick whatever its arrival field says; its deadline counts from it.
      const created = creates.map(([tick, arrival, slack, spec], i) => {
        const pid = n + 1 + i;
        const { deadline: _, ...rest } = spec;
        const process = {
          ...rest,
          pid,
          name: `C${pid}`,
          arrival,
          ...(spec.deadline !== undefined && { deadline: tick + slack }),
        };
        return { tick, op: 'create' as const, process };
      });
      const maxPid = n + created.length;
      const rest = others.map(({ tick, op, target, priority }) => {
        const pid = Math.min(target, maxPid);
        if (op === 'compact') return { tick, op, movePinned: false };
        return op === 'setPriority' ? { tick, op, pid, priority } : { tick, op, pid };
      });
      return [...created, ...rest];
    });

/** A whole scenario, as a user would write it (validation fills in the rest). */
export const fuzzScenarioArb = fc
  .record({
    cpus: fc.integer({ min: 1, max: 4 }),
    gpus: fc.integer({ min: 0, max: 2 }),
    memory: fc.boolean(),
    count: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ cpus, gpus, memory, count }) =>
    fc.record({
      format: fc.constant('bcos-scenario'),
      version: fc.constant(2),
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
      node: fc.constant({ id: 'node-0', cpus, gpus, connections: [] }),
      scheduler: schedulerArb,
      options: fc.record({
        contextSwitchCost: fc.integer({ min: 0, max: 3 }),
        countIdleSwitches: fc.boolean(),
        requeueOrder: fc.constantFrom('arrivalsFirst', 'preemptedFirst'),
        lowerNumberIsHigherPriority: fc.boolean(),
        ioDevices: fc.integer({ min: 0, max: 2 }),
      }),
      processes: fc.tuple(...Array.from({ length: count }, (_, i) => processArb(i + 1, gpus, memory))),
      operations: fc.oneof(fc.constant([]), operationsArb(count, gpus, memory)),
      ...(memory && { memory: memoryArb }),
    }),
  );
