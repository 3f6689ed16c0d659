import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTo } from '../../kernel/engine';
import { nextEventTime } from '../../kernel/nextEvent';
import { runResult } from '../../kernel/result';
import { createState, type SimState } from '../../kernel/state';
import { subsystemInvariants } from '../../kernel/subsystems';
import { KERNEL_PID, PINNED_TYPE } from '../../memory/physical';
import { memoryRun } from '../../memory/subsystem/samples';
import { PLACEMENTS } from '../../memory/types';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { fsResult } from './result';

const KiB = 1024;
const PAGE = 4 * KiB;
/** Seeded so a failure is found again; fast-check prints the failing scenario and its seed path. */
const SEED = 1414;
const NUM_RUNS = 120;

/** 1, 2 and 4 frames: two fit the model cache's budget of 12 KiB, and the large one passes a small aiModels pool. */
const MODELS = [
  { name: 'small', bytes: 4 * KiB },
  { name: 'mid', bytes: 8 * KiB },
  { name: 'large', bytes: 16 * KiB },
];

const requestArb = fc.record({
  kind: fc.constantFrom('read', 'write'),
  path: fc.constantFrom('/data', '/log'),
  bytes: fc.integer({ min: 1, max: 12 * KiB }),
});

const processArb = (pid: number) =>
  fc
    .record({
      type: fc.constantFrom('USER', 'AI_INFERENCE', 'AI_INFERENCE', 'DATA_PROCESSING', 'SYSTEM'),
      arrival: fc.integer({ min: 0, max: 30 }),
      bursts: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
      pages: fc.integer({ min: 0, max: 12 }),
      files: fc.option(
        fc.record({
          every: fc.integer({ min: 1, max: 4 }),
          requests: fc.array(requestArb, { minLength: 1, maxLength: 3 }),
        }),
      ),
      model: fc.option(fc.constantFrom(...MODELS)),
      touches: fc.boolean(),
    })
    .map((p) => ({
      pid,
      name: `p${pid}`,
      type: p.type,
      arrival: p.arrival,
      // A burst list alternates CPU and I/O and ends with CPU: an odd length.
      bursts: p.bursts.length % 2 === 0 ? [...p.bursts, 1] : p.bursts,
      // A server's own AI_MODEL pages share the small aiModels pool with the weights: one at most.
      needs: {
        memoryBytes: (p.type === 'AI_INFERENCE' ? Math.min(p.pages, 1) : p.pages) * PAGE,
        gpus: 0,
        networkMbps: 0,
      },
      ...(p.files && { files: p.files }),
      ...(p.model && p.type === 'AI_INFERENCE' && { model: p.model }),
      ...(p.touches &&
        p.pages > 0 &&
        p.type !== 'AI_INFERENCE' && {
          accesses: {
            kind: 'sequence',
            every: 1,
            offsets: Array.from({ length: p.pages }, (_, i) => i * PAGE),
            writeEvery: 3,
          },
        }),
    }));

/** Memory, a file system with a page cache and a model cache, and processes competing for frames. */
const scenarioArb = fc
  .record({
    frames: fc.integer({ min: 16, max: 48 }),
    swapPages: fc.integer({ min: 0, max: 48 }),
    placement: fc.constantFrom(...PLACEMENTS),
    replacement: fc.constantFrom('LRU', 'FIFO', 'CLOCK'),
    autoCompact: fc.boolean(),
    blockSize: fc.constantFrom(1024, 4096, 8192),
    cacheBlocks: fc.integer({ min: 0, max: 48 }),
    writeBack: fc.boolean(),
    policy: fc.constantFrom('LRU', 'LFU', 'GDS'),
    budgetKiB: fc.constantFrom(12, 24),
    cpus: fc.integer({ min: 1, max: 2 }),
    rmAt: fc.option(fc.integer({ min: 1, max: 40 })),
    syncAt: fc.option(fc.integer({ min: 1, max: 40 })),
    compactAt: fc.option(fc.record({ tick: fc.integer({ min: 1, max: 40 }), movePinned: fc.boolean() })),
    count: fc.integer({ min: 1, max: 5 }),
  })
  .chain((c) =>
    fc.tuple(...Array.from({ length: c.count }, (_, i) => processArb(i + 1))).map((processes): Scenario => {
      const v = validateScenario({
        format: 'bcos-scenario',
        version: 3,
        title: 'caches in memory',
        seed: 7,
        node: { id: 'n', cpus: c.cpus, gpus: 0 },
        scheduler: { policy: 'RR', quantum: 3 },
        processes,
        memory: {
          physicalBytes: c.frames * PAGE,
          pageSize: PAGE,
          swapBytes: c.swapPages * PAGE,
          placement: c.placement,
          replacement: c.replacement,
          autoCompact: c.autoCompact,
        },
        fs: {
          blockSize: c.blockSize,
          blocks: 256,
          inodes: 16,
          device: { requestTicks: 1, blockTicks: 1 },
          cache: { blocks: c.cacheBlocks, writeBack: c.writeBack },
          models: { budget: c.budgetKiB * KiB, bandwidth: 8 * KiB, policy: c.policy },
        },
        operations: [
          { tick: 0, op: 'fs', action: { kind: 'write', path: '/data', bytes: 40 * KiB } },
          ...(c.rmAt === null ? [] : [{ tick: c.rmAt, op: 'fs', action: { kind: 'rm', path: '/data' } }]),
          ...(c.syncAt === null ? [] : [{ tick: c.syncAt, op: 'fs', action: { kind: 'sync' } }]),
          ...(c.compactAt === null ? [] : [{ op: 'compact', ...c.compactAt }]),
        ],
      });
      if (!v.ok) throw new Error(`test: the arbitrary made an invalid scenario: ${v.errors[0]?.message}`);
      return v.scenario;
    }),
  );

/** What must hold at every decision point: every subsystem's invariants, and the caches' own rules. */
function broken(st: SimState): string[] {
  const bad = subsystemInvariants(st);
  const m = memoryRun(st).memory;
  for (let s = 0; s < m.swap.slots; s++) {
    if (m.swap.owner[s] === KERNEL_PID) bad.push(`the kernel's page is in swap slot ${s}`);
    if (m.swap.owner[s]! >= 0 && PINNED_TYPE[m.swap.type[s]!]) bad.push(`a pinned page is in swap slot ${s}`);
  }
  const cache = fsResult(st).cache;
  if (cache.frames && cache.frames.held > cache.frames.bound)
    bad.push(`the page cache holds ${cache.frames.held} frames, over its bound of ${cache.frames.bound}`);
  return bad;
}

/** Runs event by event, checking after each decision point; the state at the end, or the first broken rule. */
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

describe('the file system’s caches in memory, over random scenarios', () => {
  it('no frame owned twice (cache frames included), pinned pages never swapped, the cache within its bound, CPU time adds up', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { st, problems } = runChecked(s);
        expect(problems).toEqual([]);
        const r = runResult(st);
        for (const p of r.processes) {
          const ran = r.timeline
            .filter((g) => g.pid === p.pid && g.kind !== 'switch')
            .reduce((n, g) => n + g.end - g.start, 0);
          expect(ran, `P${p.pid}`).toBe(p.cpuTime);
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it('the arbitrary reaches what the property is about: cache frames, shrinking, dirty write-backs, pinned models, swapping, compaction', () => {
    const seen = {
      cacheFrames: 0,
      shrinks: 0,
      dirtyShrinks: 0,
      modelFrames: 0,
      modelsFreed: 0,
      refusedModels: 0,
      swapOuts: 0,
      cacheCompacted: 0,
    };
    for (const s of fc.sample(scenarioArb, { seed: SEED, numRuns: NUM_RUNS })) {
      const { st } = runChecked(s);
      const r = runResult(st);
      if ((r.fs?.cache.frames?.held ?? 0) > 0 || r.events.some((e) => e.kind === 'cacheShrink')) seen.cacheFrames++;
      for (const e of r.events) {
        if (e.kind === 'cacheShrink') seen.shrinks++;
        if (e.kind === 'cacheShrink' && e.dirty > 0) seen.dirtyShrinks++;
        if (e.kind === 'compact' && e.moved > 0 && (r.fs?.cache.frames?.bound ?? 0) > 0) seen.cacheCompacted++;
        if (e.kind === 'modelLoad' && e.frames) seen.modelFrames++;
        if (e.kind === 'modelLoad' && e.frames && e.frames.freed > 0) seen.modelsFreed++;
        if (e.kind === 'modelLoad' && e.failed?.code === 'ENOMEM') seen.refusedModels++;
      }
      if (memoryRun(st).memory.counters.swapOuts > 0) seen.swapOuts++;
    }
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0);
  });
});
