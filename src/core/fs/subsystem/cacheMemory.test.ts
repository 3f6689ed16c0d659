import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { runResult } from '../../kernel/result';
import { subsystemInvariants } from '../../kernel/subsystems';
import { KERNEL_PID } from '../../memory/physical';
import { snapshotOf } from '../../memory/snapshotOf';
import { memoryRun } from '../../memory/subsystem/samples';
import { MEMORY_TYPES } from '../../memory/types';
import type { Scenario } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, simulate } from '../../testing/run';
import { kernelRegions } from '../../memory/kernelFrames';
import { framesForBlocks } from './cacheMemory';

const KiB = 1024;
const CACHE = MEMORY_TYPES.indexOf('CACHE');
const AI_MODEL = MEMORY_TYPES.indexOf('AI_MODEL');

/** A node of `frames` frames of 4 KiB with a disk of 1 KiB blocks (4 to a frame), a write-back cache of `cache` blocks. */
function scenario(
  processes: unknown[],
  opts: {
    frames?: number;
    cache?: number;
    memory?: boolean;
    ops?: unknown[];
    budgetKiB?: number;
    copyOnWrite?: boolean;
  },
) {
  const v = validateScenario({
    format: 'bcos-scenario',
    version: 3,
    title: 'caches in memory',
    seed: 1,
    node: { id: 'n', cpus: 1, gpus: 0 },
    scheduler: { policy: 'FIFO' },
    processes,
    ...(opts.memory !== false && {
      memory: {
        physicalBytes: (opts.frames ?? 32) * 4 * KiB,
        pageSize: 4 * KiB,
        swapBytes: 64 * 4 * KiB,
        copyOnWrite: opts.copyOnWrite ?? false,
      },
    }),
    fs: {
      blockSize: KiB,
      blocks: 256,
      inodes: 16,
      device: { requestTicks: 2, blockTicks: 1 },
      cache: { blocks: opts.cache ?? 32, writeBack: true },
      models: { budget: (opts.budgetKiB ?? 256) * KiB, bandwidth: 8 * KiB, policy: 'LRU' },
    },
    operations: [{ tick: 0, op: 'fs', action: { kind: 'write', path: '/data', bytes: 64 * KiB } }, ...(opts.ops ?? [])],
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

const reader = (pid: number, bursts: number, bytes: number, extra: object = {}) => ({
  pid,
  name: `reader${pid}`,
  type: 'DATA_PROCESSING',
  arrival: 0,
  bursts: [bursts],
  needs: { memoryBytes: 4 * KiB, gpus: 0, networkMbps: 0 },
  files: { every: 1, requests: [{ kind: 'read', path: '/data', bytes }] },
  ...extra,
});

const user = (pid: number, arrival: number, frames: number) => ({
  pid,
  name: `user${pid}`,
  type: 'USER',
  arrival,
  bursts: [4],
  needs: { memoryBytes: frames * 4 * KiB, gpus: 0, networkMbps: 0 },
});

const server = (pid: number, arrival: number, model: string, kib: number) => ({
  pid,
  name: `serve${pid}`,
  type: 'AI_INFERENCE',
  arrival,
  bursts: [4],
  needs: { memoryBytes: 4 * KiB, gpus: 0, networkMbps: 0 },
  model: { name: model, bytes: kib * KiB },
});

/**
 * 16 frames: the processes' pages (1, 11 and 1) and one page P2 and P3 share leave 2, which the page cache takes by
 * tick 30; a write by P3 to the shared page then needs a frame of its own for the copy.
 */
function sharedPage(ops: unknown[]) {
  const share = [2, 3].map((pid) => ({
    tick: 0,
    op: 'allocate',
    pid,
    bytes: 4 * KiB,
    memoryType: 'USER',
    shareKey: 'm',
  }));
  return scenario([reader(1, 10, 8 * KiB), { ...user(2, 0, 11), bursts: [40] }, { ...user(3, 0, 1), bursts: [40] }], {
    frames: 16,
    cache: 16,
    copyOnWrite: true,
    ops: [...share, ...ops],
  });
}

/** Runs to `tick` and returns the state, checking every subsystem's invariants there. */
function at(s: Scenario, tick: number) {
  const sim = simulate(s);
  sim.seek(tick);
  expect(subsystemInvariants(sim.state)).toEqual([]);
  return sim.state;
}

/** The kernel's frames of memory type `type` (index into MEMORY_TYPES). */
function kernelFrames(st: ReturnType<typeof at>, type: number): number {
  const m = memoryRun(st).memory;
  let n = 0;
  for (let f = 0; f < m.frames; f++) if (m.owner[f] === KERNEL_PID && m.type[f] === type) n++;
  return n;
}

describe('the page cache in CACHE frames', () => {
  it('holds one frame per page of cached blocks, owned by the kernel, counted in memory and shown by the fs figures', () => {
    // 8 KiB reads of 1 KiB blocks: 8 blocks in 2 frames of 4 KiB per request.
    const st = at(scenario([reader(1, 3, 8 * KiB)], {}), 2);
    expect(kernelFrames(st, CACHE)).toBe(framesForBlocks(8, KiB, 4 * KiB));
    expect(kernelFrames(st, CACHE)).toBe(2);
    const snap = snapshotOf(memoryRun(st).memory);
    expect(snap.kernel.map((r) => r.holder)).toEqual(['page cache', 'page cache']);
    // P1's own page and the cache's two frames
    expect(snap.stats.usedFrames).toBe(3);
    expect(snap.general.usedFrames).toBe(2);
  });

  it('takes only free frames: with memory full of a process, it caches nothing and swaps nothing out', () => {
    // 16 frames: P1 has 1, P2 has the other 15; reads go to the disk and the cache holds nothing.
    const s = scenario([reader(1, 6, 8 * KiB, { arrival: 1 }), { ...user(2, 0, 15), bursts: [20] }], {
      frames: 16,
      ops: [],
    });
    const v = validateScenario({ ...s, scheduler: { policy: 'RR', quantum: 2 } });
    if (!v.ok) throw new Error('invalid');
    const st = at(v.scenario, 12);
    expect(kernelFrames(st, CACHE)).toBe(0);
    expect(memoryRun(st).memory.counters.swapOuts).toBe(0);
    const io = eventsOf(st, 'fileIo');
    expect(io.length).toBeGreaterThan(0);
    expect(io.every((e) => e.cached === 0 && e.disk === e.blocks)).toBe(true);
  });

  it('never holds more than its bound of blocks, in frames', () => {
    // A 64-block file read 8 blocks at a time through a 12-block cache: full after two reads, 3 frames.
    const sim = simulate(scenario([reader(1, 12, 8 * KiB)], { cache: 12 }));
    expect(subsystemInvariants(sim.state)).toEqual([]);
    expect(kernelFrames(sim.state, CACHE)).toBe(3);
    expect(runResult(sim.state).fs?.cache).toMatchObject({ held: 12, frames: { held: 3, bound: 3 } });
  });

  it('gives frames back before memory swaps anything: clean blocks first, dirty ones written back on the device', () => {
    // P1 reads (clean blocks) and appends (dirty ones); P2 then needs 28 of the 32 frames: the cache gives back what
    // is missing, clean blocks only, and nothing is swapped out.
    const writer = reader(1, 10, 8 * KiB, {
      files: {
        every: 1,
        requests: [
          { kind: 'read', path: '/data', bytes: 16 * KiB },
          { kind: 'write', path: '/log', bytes: 4 * KiB },
        ],
      },
    });
    const s = scenario([writer, user(2, 12, 28)], { cache: 128 });
    const st = at(s, 12);
    const shrink = eventsOf(st, 'cacheShrink');
    expect(shrink).toHaveLength(1);
    const ev = shrink[0]!;
    expect(ev).toMatchObject({ forPid: 2, pages: 28, hole: false, dirty: 0 });
    expect(memoryRun(st).memory.counters.swapOuts).toBe(0);
    expect(explain(ev)).toMatch(
      /^Page cache shrinks by \d+ blocks \(\d+ frames? back to memory\): P2 needs 28 frames\.$/,
    );
    const held = eventsOf(st, 'memAlloc').find((e) => e.pid === 2);
    expect(held?.pages).toBe(28);
  });

  it('gives frames back before a copy-on-write copy would swap a page out', () => {
    const address = eventsOf(at(sharedPage([]), 1), 'memAlloc')
      .filter((e) => e.pid === 3)
      .at(-1)!.address;
    const before = at(sharedPage([]), 30);
    expect(memoryRun(before).memory.free).toBe(0);
    expect(kernelFrames(before, CACHE)).toBe(2);
    const st = at(sharedPage([{ tick: 30, op: 'access', pid: 3, address, access: 'write' }]), 31);
    const m = memoryRun(st).memory;
    expect(m.counters.copiesOnWrite).toBe(1);
    expect(m.counters.swapOuts).toBe(0);
    expect(eventsOf(st, 'cacheShrink')).toEqual([expect.objectContaining({ forPid: 3, pages: 1 })]);
  });

  it('writes dirty blocks back when clean ones are not enough, and the disk is busy with them', () => {
    const writer = reader(1, 10, 0, {
      files: { every: 1, requests: [{ kind: 'write', path: '/log', bytes: 8 * KiB }] },
    });
    const s = scenario([writer, user(2, 12, 30)], { cache: 128 });
    const st = at(s, 12);
    const ev = eventsOf(st, 'cacheShrink')[0];
    expect(ev?.dirty).toBeGreaterThan(0);
    expect(ev?.until).toBeGreaterThan(12);
    expect(explain(ev!)).toMatch(/dirty blocks are written back, the disk busy until tick \d+\.$/);
  });

  it('without memory, the page cache stays counts of its own', () => {
    const r = runResult(simulate(scenario([reader(1, 3, 8 * KiB)], { memory: false })).state);
    expect(r.fs?.cache.frames).toBeUndefined();
    expect(r.events.some((e) => e.kind === 'cacheShrink')).toBe(false);
  });
});

describe('model weights in pinned AI_MODEL frames', () => {
  it('loads one copy for every server of the model, and keeps it after they end, until the cache evicts it', () => {
    // 20 KiB of weights: 5 frames of 4 KiB, pinned, in the kernel's region "model tiny"; with each server's own
    // AI_MODEL page, the aiModels pool's 7 frames (24 % of 32) are full.
    const s = scenario([server(1, 0, 'tiny', 20), server(2, 1, 'tiny', 20)], {});
    const st = at(s, 6);
    expect(kernelFrames(st, AI_MODEL)).toBe(5);
    expect(kernelRegions(memoryRun(st).memory)).toEqual([{ holder: 'model tiny', start: 1, pages: 5 }]);
    const loads = eventsOf(st, 'modelLoad');
    expect(loads.map((e) => [e.pid, e.hit, e.frames])).toEqual([
      [1, false, { taken: 5, freed: 0 }],
      [2, true, undefined],
    ]);
    expect(explain(loads[0]!)).toContain('its weights in 5 pinned AI_MODEL frames of the aiModels pool');
    const end = at(s, 30);
    expect(end.procs.every((p) => p.state === 'TERMINATED')).toBe(true);
    expect(kernelFrames(end, AI_MODEL)).toBe(5);
  });

  it('gives back the frames of a model the cache evicts for its budget', () => {
    // 64 frames: the pool has room for both, but the cache's 32 KiB budget holds one of 24 KiB and 20 KiB.
    const s = scenario([server(1, 0, 'a', 24), server(2, 10, 'b', 20)], { frames: 64, budgetKiB: 32 });
    const st = at(s, 11);
    expect(eventsOf(st, 'modelLoad')[1]?.frames).toEqual({ taken: 5, freed: 6 });
    expect(kernelRegions(memoryRun(st).memory).map((r) => [r.holder, r.pages])).toEqual([['model b', 5]]);
  });

  it('frees an evicted model’s frames, and kills a server whose model the pool cannot hold, naming the limit', () => {
    // The pool allows 24 % of 32 frames = 7 frames (constraints.aiModels): 24 KiB (6 frames) fits, then 20 KiB
    // (5 frames) only once the first is evicted, and 40 KiB never.
    const s = scenario([server(1, 0, 'a', 24), server(2, 10, 'b', 20), server(3, 20, 'big', 40)], {});
    const st = at(s, 21);
    const loads = eventsOf(st, 'modelLoad');
    expect(loads[1]?.frames).toEqual({ taken: 5, freed: 6 });
    expect(explain(loads[1]!)).toContain('evicted a');
    expect(loads[2]?.failed?.code).toBe('ENOMEM');
    expect(loads[2]?.failed?.message).toMatch(
      /needs? 10 frames of pinned AI_MODEL memory; AI models allow 7 frames \(constraints\.aiModels\)/,
    );
    expect(st.procs.find((p) => p.pid === 3)?.state).toBe('TERMINATED');
    expect(kernelRegions(memoryRun(st).memory).map((r) => r.holder)).toEqual(['model b']);
  });
});

describe('the preset caches-in-memory.json', () => {
  it('narrates a model loading into pinned memory, the page cache shrinking for a process, and a model refused', () => {
    const v = validateScenario(JSON.parse(readFileSync('public/scenarios/caches-in-memory.json', 'utf8')));
    if (!v.ok) throw new Error('the preset is invalid');
    const sim = simulate(v.scenario);
    expect(subsystemInvariants(sim.state)).toEqual([]);
    const names = (pid: number) => sim.state.procs.find((p) => p.pid === pid)?.name;
    const said = sim.state.events.map((e) => explain(e, names));
    expect(said).toContain(
      'P2 (llm-serve-a) loads tiny-llm into the model cache (loaded tiny-llm (41 kB) in 5 ticks), its weights in 10 pinned AI_MODEL frames of the aiModels pool: it waits, WAITING, 5 ticks.',
    );
    expect(said).toContain(
      'P3 (llm-serve-b) finds tiny-llm in the model cache: its weights are in memory, pinned while it runs.',
    );
    expect(said.filter((x) => x.startsWith('Page cache shrinks by'))).toEqual([
      'Page cache shrinks by 24 blocks (24 frames back to memory): P4 (batch-job) needs 48 frames.',
      'Page cache shrinks by 2 blocks (2 frames back to memory): P4 (batch-job) needs a run of 48 free frames and the cached blocks are scattered; 2 dirty blocks are written back, the disk busy until tick 46.',
    ]);
    expect(said.find((x) => x.startsWith('P5 (big-llm-serve) cannot load big-llm, ENOMEM'))).toMatch(
      /AI models allow 15 frames \(constraints\.aiModels\)/,
    );
    expect(memoryRun(sim.state).memory.counters.swapOuts).toBe(0);
  });
});
