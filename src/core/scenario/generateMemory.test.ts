import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEMORY,
  DEFAULT_WORKLOAD,
  generateWorkload,
  PROCESS_TYPES,
  Simulation,
  validateScenario,
  validateWorkloadSpec,
  type MemoryConfig,
} from '../index';
import { TYPE_PROFILES } from './processProfiles';
import { generatedSizing } from './generateMemory';

const KiB = 1024;

/** A two-CPU node, FIFO, the generated processes, and memory management on with `memory`. */
function withMemory(processes: unknown[], memory: MemoryConfig) {
  const v = validateScenario({
    format: 'bcos-scenario',
    version: 3,
    node: { cpus: 2, gpus: 1 },
    scheduler: { policy: 'FIFO' },
    processes,
    memory,
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe('a generated workload with memory on', () => {
  it('asks for sizes that fit the default memory, the types in the design proportions', () => {
    const processes = generateWorkload(DEFAULT_WORKLOAD, DEFAULT_MEMORY);
    const sizing = generatedSizing(generateWorkload(DEFAULT_WORKLOAD), DEFAULT_MEMORY);
    expect(sizing).toEqual({ kind: 'atOnce', scale: 128 * KiB });
    for (const p of processes) expect(p.needs.memoryBytes).toBe(TYPE_PROFILES[p.type].memoryBytes / (128 * KiB));
    const sim = new Simulation(withMemory(processes, DEFAULT_MEMORY));
    sim.runToEnd();
    expect(sim.state.procs.map((p) => p.state).every((s) => s === 'TERMINATED')).toBe(true);
    expect(sim.state.events.some((e) => e.kind === 'memWait')).toBe(false);
  });

  it('keeps the design sizes with memory off', () => {
    for (const p of generateWorkload(DEFAULT_WORKLOAD))
      expect(p.needs.memoryBytes).toBe(TYPE_PROFILES[p.type].memoryBytes);
  });

  it('takes turns when there are too many processes to hold at once', () => {
    const spec = { ...DEFAULT_WORKLOAD, count: 60 };
    expect(generatedSizing(generateWorkload(spec), DEFAULT_MEMORY)?.kind).toBe('inTurn');
    const sim = new Simulation(withMemory(generateWorkload(spec, DEFAULT_MEMORY), DEFAULT_MEMORY));
    sim.runToEnd();
    expect(sim.state.procs.every((p) => p.state === 'TERMINATED')).toBe(true);
  });

  it('refuses a type whose pool allows no frame, naming the mix field and the pool', () => {
    const memory = { ...DEFAULT_MEMORY, physicalBytes: 16 * 4 * KiB };
    const v = validateWorkloadSpec(DEFAULT_WORKLOAD, memory);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.map((e) => e.path)).toEqual(['mix.SYSTEM']);
    expect(v.errors[0]?.message).toContain('memory.pools.system');
    expect(validateWorkloadSpec({ ...DEFAULT_WORKLOAD, mix: { SYSTEM: 0 } }, memory).ok).toBe(true);
  });

  it('runs to completion, every process TERMINATED, for any seed, mix and memory (fast-check)', () => {
    const memoryArb = fc.record({
      frameBits: fc.integer({ min: 5, max: 14 }),
      pageBits: fc.integer({ min: 10, max: 14 }),
      swapSlots: fc.constantFrom(0, 16, 128),
      placement: fc.constantFrom('firstFit', 'bestFit', 'worstFit', 'nextFit', 'anyFree' as const),
      replacement: fc.constantFrom('LRU', 'FIFO', 'CLOCK', 'RANDOM' as const),
    });
    const mixArb = fc.dictionary(fc.constantFrom(...PROCESS_TYPES), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 40 }),
        mixArb,
        memoryArb,
        (seed, count, mix, mem) => {
          const pageSize = 2 ** mem.pageBits;
          const memory: MemoryConfig = {
            ...DEFAULT_MEMORY,
            physicalBytes: 2 ** mem.frameBits * pageSize,
            pageSize,
            swapBytes: mem.swapSlots * pageSize,
            placement: mem.placement,
            replacement: mem.replacement,
          };
          const v = validateWorkloadSpec({ ...DEFAULT_WORKLOAD, seed, count, mix }, memory);
          // A mix of all zeros, or a type no size fits in this memory, is refused before anything is made.
          fc.pre(v.ok);
          if (!v.ok) return;
          const sim = new Simulation(withMemory(generateWorkload(v.spec, memory), memory));
          sim.runToEnd();
          const stuck = sim.state.procs.filter((p) => p.state !== 'TERMINATED').map((p) => `${p.pid} ${p.state}`);
          expect(stuck).toEqual([]);
        },
      ),
      { seed: 12, numRuns: 60 },
    );
  }, 30_000);
});
