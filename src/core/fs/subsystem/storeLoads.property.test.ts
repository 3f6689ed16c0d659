import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTo } from '../../kernel/engine';
import { nextEventTime } from '../../kernel/nextEvent';
import { createState, type SimState } from '../../kernel/state';
import { subsystemInvariants } from '../../kernel/subsystems';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { fsRun } from './fileRequests';

const KiB = 1024;
/** Seeded so a failure is found again; fast-check prints the failing scenario and its seed path. */
const SEED = 1415;
const NUM_RUNS = 80;
const MODELS = ['org/a', 'org/b', 'c'] as const;

/** Three models whose tokenizers are one blob, and whose weights a small budget cannot hold together. */
const store = (weights: number[]) =>
  MODELS.map((name, i) => ({
    name,
    files: [
      { path: 'model.safetensors', bytes: weights[i]! },
      { path: 'tokenizer.json', bytes: 6 * KiB, content: 'shared tokenizer' },
    ],
  }));

const processArb = (pid: number) =>
  fc
    .record({
      arrival: fc.integer({ min: 0, max: 60 }),
      burst: fc.integer({ min: 1, max: 15 }),
      model: fc.constantFrom(...MODELS),
    })
    .map((p) => ({
      pid,
      name: `p${pid}`,
      type: 'AI_INFERENCE',
      arrival: p.arrival,
      bursts: [p.burst],
      model: { name: p.model },
    }));

const scenarioArb = fc
  .record({
    cpus: fc.integer({ min: 1, max: 3 }),
    weights: fc.array(fc.integer({ min: 1, max: 24 * KiB }), { minLength: 3, maxLength: 3 }),
    budgetKiB: fc.constantFrom(32, 48, 96),
    cacheBlocks: fc.integer({ min: 0, max: 40 }),
    policy: fc.constantFrom('LRU', 'LFU', 'GDS'),
    memory: fc.boolean(),
    count: fc.integer({ min: 1, max: 6 }),
  })
  .chain((c) =>
    fc.tuple(...Array.from({ length: c.count }, (_, i) => processArb(i + 1))).map((processes): Scenario => {
      const v = validateScenario({
        format: 'bcos-scenario',
        version: 3,
        title: 'model store loads',
        seed: 3,
        node: { id: 'n', cpus: c.cpus, gpus: 0 },
        scheduler: { policy: 'RR', quantum: 3 },
        processes,
        ...(c.memory && { memory: { physicalBytes: 64 * 4 * KiB, pageSize: 4 * KiB, swapBytes: 64 * 4 * KiB } }),
        fs: {
          blockSize: 1024,
          blocks: 256,
          inodes: 64,
          device: { requestTicks: 1, blockTicks: 1 },
          cache: { blocks: c.cacheBlocks, writeBack: true },
          models: { budget: c.budgetKiB * KiB, bandwidth: 4 * KiB, policy: c.policy, store: store(c.weights) },
        },
        operations: [],
      });
      if (!v.ok) throw new Error(`test: the arbitrary made an invalid scenario: ${v.errors[0]?.message}`);
      return v.scenario;
    }),
  );

/** A model's pins are the live processes that loaded it; what every subsystem promises holds too. */
function broken(st: SimState): string[] {
  const run = fsRun(st);
  const bad = subsystemInvariants(st);
  for (const e of run.models!.entries) {
    const users = Object.entries(run.loaded).filter(([, m]) => m === e.key).length;
    if (e.pins !== users) bad.push(`${e.key} has ${e.pins} pins and ${users} live users`);
  }
  for (const [pid] of Object.entries(run.loaded))
    if (st.procs.find((p) => p.pid === Number(pid))?.state === 'TERMINATED') bad.push(`P${pid} ended, still loaded`);
  return bad;
}

function runChecked(s: Scenario): { st: SimState; problems: string[] } {
  const st = createState(s);
  advanceTo(st, 0);
  for (let i = 0; i < 20_000 && !st.finished; i++) {
    const problems = broken(st);
    if (problems.length > 0) return { st, problems: [`at tick ${st.now}: ${problems.join('; ')}`] };
    const next = nextEventTime(st);
    if (next <= st.now) return { st, problems: [`livelock at tick ${st.now}`] };
    advanceTo(st, next === Infinity ? st.now + 1 : next);
  }
  return { st, problems: st.finished ? broken(st) : ['the run did not finish'] };
}

describe('loading models of the store, over random scenarios', () => {
  it('pins follow the live users, nothing stays pinned after the last exits, and reads add up', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { st, problems } = runChecked(s);
        expect(problems).toEqual([]);
        const run = fsRun(st);
        expect(run.models!.entries.filter((e) => e.pins > 0)).toEqual([]);
        expect(run.loaded).toEqual({});
        for (const l of run.loads) {
          // A model-cache hit reads nothing; a miss reads every block of its snapshot, each a hit or a miss.
          if (l.hit) expect(l.read).toBeNull();
          else expect(l.read && l.read.hits + l.read.missed).toBe(l.read?.blocks);
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it('the arbitrary reaches what the property is about: cache hits, evictions, page-cache hits on a load, refusals', () => {
    const seen = { modelHits: 0, evictions: 0, pageHits: 0, refused: 0 };
    for (const s of fc.sample(scenarioArb, { seed: SEED, numRuns: NUM_RUNS })) {
      const { st } = runChecked(s);
      const run = fsRun(st);
      if (run.models!.stats.hits > 0) seen.modelHits++;
      if (run.models!.stats.evictions > 0) seen.evictions++;
      if (run.loads.some((l) => (l.read?.hits ?? 0) > 0)) seen.pageHits++;
      if (st.events.some((e) => e.kind === 'modelLoad' && e.failed)) seen.refused++;
    }
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0);
  });
});
