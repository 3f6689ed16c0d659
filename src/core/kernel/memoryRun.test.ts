import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../memory/memory';
import { PAGE_STATES } from '../memory/types';
import { DEFAULT_MEMORY } from '../memory/defaults';
import { validateScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/types';
import { scenarioOf } from '../testing/scenarioOf';
import { runResult } from './result';
import { Simulation } from './simulation';
import { subsystemInvariants } from './subsystems';

const K = 4096;
const ALL = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

function withMemory(s: Scenario, memory: object): Scenario {
  const v = validateScenario({ ...s, memory });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

function finished(s: Scenario) {
  const sim = new Simulation(s);
  sim.runToEnd();
  return runResult(sim.state);
}

describe('memory in a run', () => {
  it('a page in swap blocks the process for the swap-in time, then it carries on', () => {
    // 16 frames; P1 takes 10, P2's 10 push 4 of P1's pages out; P1's next reference to one faults.
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [6] }, { arrival: 1, bursts: [2] }]);
    const s = withMemory(
      {
        ...base,
        processes: [
          {
            ...base.processes[0]!,
            needs: { memoryBytes: 10 * K, gpus: 0, networkMbps: 0 },
            accesses: { kind: 'sequence', every: 1, offsets: [0, K, 2 * K, 3 * K, 4 * K, 5 * K], writeEvery: 0 },
          },
          { ...base.processes[1]!, needs: { memoryBytes: 10 * K, gpus: 0, networkMbps: 0 } },
        ],
      },
      { physicalBytes: 16 * K, swapBytes: 32 * K, swapInTicks: 5, placement: 'anyFree', ...ALL },
    );
    const r = finished(s);
    const faults = r.events.filter((e) => e.kind === 'pageFault');
    expect(faults.length).toBeGreaterThan(0);
    const first = faults[0] as Extract<(typeof faults)[number], { kind: 'pageFault' }>;
    expect(first.pid).toBe(1);
    expect(first.until - first.tick).toBe(5);
    // While it waits, P2 runs; P1 comes back READY at `until` and finishes all 6 ticks of its burst, its CPU time
    // counting the ticks it stalled on the references it made besides.
    expect(r.timeline.some((g) => g.pid === 2 && g.start === first.tick)).toBe(true);
    expect(r.events).toContainEqual({ tick: first.until, kind: 'pageIn', pid: 1 });
    const stall = r.memory?.stallByProcess['1'] ?? 0;
    expect(stall).toBeGreaterThan(0);
    expect(r.processes[0]).toMatchObject({ cpuTime: 6 + stall, state: 'TERMINATED' });
    expect(r.memory?.stats.pageFaults).toBe(faults.length);
  });

  it('a process that cannot get memory waits in NEW with the reason, and comes in when memory frees', () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [4] }, { bursts: [2] }]);
    const s = withMemory(
      {
        ...base,
        processes: base.processes.map((p) => ({
          ...p,
          type: 'AI_INFERENCE' as const,
          needs: { memoryBytes: 10 * K, gpus: 0, networkMbps: 0 },
        })),
      },
      { physicalBytes: 64 * K },
    );
    const r = finished(s);
    // AI models may use 24 % of 64 frames = 15: the second 10-page model must wait for the first.
    expect(r.events).toContainEqual(
      expect.objectContaining({
        tick: 0,
        kind: 'memWait',
        pid: 2,
        why: expect.stringContaining('constraints.aiModels'),
      }),
    );
    expect(r.events).toContainEqual(expect.objectContaining({ tick: 4, kind: 'memAlloc', pid: 2 }));
    expect(r.processes[1]).toMatchObject({ firstRun: 4, completion: 6 });
  });

  it('an access outside its memory kills the process', () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [5] }]);
    const s = withMemory(
      {
        ...base,
        processes: [
          {
            ...base.processes[0]!,
            needs: { memoryBytes: 2 * K, gpus: 0, networkMbps: 0 },
            accesses: { kind: 'sequence', every: 1, offsets: [0, 9 * K], writeEvery: 0 },
          },
        ],
      },
      {},
    );
    const r = finished(s);
    expect(r.events).toContainEqual(
      expect.objectContaining({ kind: 'segfault', pid: 1, fault: 'invalid', killed: true }),
    );
    // Its first reference (tick 1) is to USER memory: 2 ticks, plus 1 for the page-table walk on the TLB's first
    // miss; the second, after one more tick of progress, is outside its memory.
    expect(r.memory?.stallByProcess['1']).toBe(3);
    expect(r.processes[0]).toMatchObject({ state: 'TERMINATED', cpuTime: 5, completion: 5 });
    expect(r.memory?.stats.usedFrames).toBe(0);
  });
});

/** Small random memory workloads: 1-5 processes, random sizes, types and access patterns, maybe a compaction. */
const arbScenario = fc
  .record({
    frames: fc.integer({ min: 16, max: 24 }),
    // Mostly paging's any-free-frame placement (where swapping does the work), sometimes contiguous.
    placement: fc.constantFrom(
      ...(['anyFree', 'anyFree', 'anyFree', 'firstFit', 'bestFit', 'worstFit', 'nextFit'] as const),
    ),
    replacement: fc.constantFrom(...(['LRU', 'FIFO', 'CLOCK', 'SECOND_CHANCE', 'AGING', 'RANDOM'] as const)),
    tlbMode: fc.constantFrom('flush', 'asid'),
    levels: fc.constantFrom(1, 2),
    seed: fc.integer({ min: 0, max: 1000 }),
    procs: fc.array(
      fc.record({
        arrival: fc.integer({ min: 0, max: 4 }),
        bursts: fc.constantFrom<number[]>([10], [6, 2, 6], [12]),
        pages: fc.integer({ min: 4, max: 14 }),
        // Mostly unpinned kinds, so that pages can be swapped; one pinned kind for the pinning rules.
        type: fc.constantFrom('USER', 'DATA_PROCESSING', 'NETWORK_NODE', 'USER', 'AI_INFERENCE'),
        locality: fc.boolean(),
        every: fc.integer({ min: 1, max: 3 }),
      }),
      { minLength: 2, maxLength: 5 },
    ),
    compactAt: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    autoCompact: fc.boolean(),
    compactionTicksPerPage: fc.integer({ min: 0, max: 2 }),
  })
  .map((a) => {
    const base = scenarioOf(
      { policy: 'RR', quantum: 2 },
      a.procs.map((p) => ({ arrival: p.arrival, bursts: p.bursts })),
      { seed: a.seed, node: { cpus: 2 } },
    );
    return withMemory(
      {
        ...base,
        processes: base.processes.map((p, i) => {
          const q = a.procs[i]!;
          const accesses = q.locality
            ? { kind: 'locality' as const, every: q.every, workingSetPages: 2, jumpEvery: 3, writeFraction: 0.5 }
            : {
                kind: 'sequence' as const,
                every: q.every,
                offsets: Array.from({ length: q.pages }, (_, j) => j * K + 8),
                writeEvery: 2,
              };
          return {
            ...p,
            type: q.type as Scenario['processes'][number]['type'],
            needs: { memoryBytes: q.pages * K, gpus: 0, networkMbps: 0 },
            accesses,
          };
        }),
        operations: a.compactAt === undefined ? [] : [{ tick: a.compactAt, op: 'compact' as const, movePinned: false }],
      },
      {
        ...DEFAULT_MEMORY,
        physicalBytes: a.frames * K,
        swapBytes: 64 * K,
        swapInTicks: 3,
        swapOutTicks: 2,
        placement: a.placement,
        replacement: a.replacement,
        tlbMode: a.tlbMode,
        pageTableLevels: a.levels,
        autoCompact: a.autoCompact,
        compactionTicksPerPage: a.compactionTicksPerPage,
        ...ALL,
      },
    );
  });

describe('memory invariants through whole runs (properties)', () => {
  let faulted = 0;
  it('at every tick: no frame owned twice, pinned pages resident, page tables and frames agree; the run ends', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const sim = new Simulation(s);
        for (let t = 0; !sim.state.finished && t < 2000; t++) {
          sim.seek(t);
          const problems = subsystemInvariants(sim.state);
          if (problems.length > 0) throw new Error(`tick ${t}: ${problems.join('; ')}`);
        }
        expect(sim.state.finished).toBe(true);
        faulted += sim.state.sub.memory!.memory.counters.pageFaults > 0 ? 1 : 0;
      }),
      { seed: 31, numRuns: 120 },
    );
    // The generator must reach swapping often, or this property would check little.
    expect(faulted).toBeGreaterThan(20);
  });

  it('a process that exits ran its CPU bursts plus the ticks it stalled on its references, and no more', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const sim = new Simulation(s);
        sim.runToEnd();
        for (const p of sim.state.procs) {
          if (p.state !== 'TERMINATED' || p.killed) continue;
          const bursts = p.bursts.reduce((n, b, i) => (i % 2 === 0 ? n + b : n), 0);
          expect(p.cpuTime, `P${p.pid}`).toBe(bursts + p.memoryStall);
        }
      }),
      { seed: 33, numRuns: 80 },
    );
  });

  it('the trace does not depend on how the run is stepped, with memory on', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 1, max: 13 }), (s, stride) => {
        const straight = new Simulation(s);
        straight.runToEnd();
        const stepped = new Simulation(s);
        for (let t = 0; !stepped.state.finished; t += stride) stepped.seek(t);
        stepped.seek(stepped.state.now + 50);
        stepped.seek(3);
        stepped.runToEnd();
        expect(runResult(stepped.state).traceHash).toBe(runResult(straight.state).traceHash);
      }),
      { seed: 32, numRuns: 60 },
    );
  });
});

describe('sharing and protection', () => {
  it('inference processes naming the same model map one copy of it; it stays while any of them runs', () => {
    const base = scenarioOf(
      { policy: 'FIFO' },
      [
        { bursts: [3], type: 'AI_INFERENCE' },
        { bursts: [6], type: 'AI_INFERENCE' },
      ],
      { node: { cpus: 2 } },
    );
    const s = withMemory(
      {
        ...base,
        processes: base.processes.map((p) => ({
          ...p,
          sharedMemory: 'llm-7b',
          needs: { memoryBytes: 8 * K, gpus: 0, networkMbps: 0 },
        })),
      },
      {},
    );
    const sim = new Simulation(s);
    sim.seek(1);
    const snap = snapshotOf(sim.state.sub.memory!.memory);
    // One copy: 8 frames in use, all of them SHARED, though two processes mapped 8 pages each.
    expect(snap.stats.usedFrames).toBe(8);
    expect([...snap.state].filter((x) => PAGE_STATES[x] === 'SHARED')).toHaveLength(8);
    sim.seek(4); // P1 has ended; P2 still maps the model
    expect(snapshotOf(sim.state.sub.memory!.memory).stats.usedFrames).toBe(8);
    sim.runToEnd();
    expect(snapshotOf(sim.state.sub.memory!.memory).stats.usedFrames).toBe(0);
  });

  it('a write to a read-only allocation is a protection fault, explained and refused', () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [5] }]);
    const s = withMemory(
      {
        ...base,
        operations: [
          { tick: 1, op: 'allocate', pid: 1, bytes: 2 * K, memoryType: 'USER', readOnly: true },
          { tick: 2, op: 'access', pid: 1, address: 0x1000, access: 'read' },
          { tick: 2, op: 'access', pid: 1, address: 0x1000, access: 'write' },
        ],
      },
      {},
    );
    const r = finished(s);
    expect(r.events).toContainEqual(expect.objectContaining({ tick: 2, kind: 'access', pid: 1, address: 0x1000 }));
    expect(r.events).toContainEqual(
      expect.objectContaining({
        tick: 2,
        kind: 'segfault',
        pid: 1,
        fault: 'protection',
        access: 'write',
        killed: false,
      }),
    );
    expect(r.processes[0]?.state).toBe('TERMINATED');
  });
});
