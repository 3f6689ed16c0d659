import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import { eventsOf, run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';
import { DEFAULT_MEMORY } from './defaults';
import { allocate, checkInvariants, createMemory, snapshotOf } from './memory';
import { translate } from './mmu';
import type { MemoryType } from './types';

const KiB = 1024;
const PAGE = 4 * KiB;

/** One process of `type` needing `bytes`, with memory on at the defaults (64 frames, the design's pools). */
function oneProcess(type: 'USER' | 'SYSTEM', bytes: number) {
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3], type }]);
  const v = validateScenario({
    ...base,
    processes: [{ ...base.processes[0], needs: { memoryBytes: bytes, gpus: 0, networkMbps: 0 } }],
    memory: {},
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return run(v.scenario);
}

describe('USER and CACHE memory: general memory, in no pool', () => {
  // Before: the USER type drew from the system pool (5 % = 3 frames) under the system constraint (10 % = 6
  // frames), so a USER process over 12 KiB waited in NEW forever.
  it.each([16, 32, 64, 200])('a USER process of %i KiB runs to completion with the default memory', (kib) => {
    const r = oneProcess('USER', kib * KiB);
    expect(r.finished).toBe(true);
    expect(r.processes.map((p) => p.state)).toEqual(['TERMINATED']);
    expect(eventsOf(r, 'memWait')).toEqual([]);
  });

  it('still keeps SYSTEM memory within its pool', () => {
    const r = oneProcess('SYSTEM', 16 * KiB);
    expect(eventsOf(r, 'memWait')).toHaveLength(1);
  });

  it.each<MemoryType>(['USER', 'CACHE'])('%s pages are counted as general memory, not in the system pool', (type) => {
    const m = createMemory(DEFAULT_MEMORY, 1);
    expect(allocate(m, 1, 40 * PAGE, type).ok).toBe(true);
    const s = snapshotOf(m);
    expect(s.pools.find((p) => p.name === 'system')?.usedFrames).toBe(0);
    expect(s.general).toEqual({ usedFrames: 40, allocations: 1, references: 0, latencyTicks: 0, averageLatency: 0 });
    expect(s.constraints.find((c) => c.name === 'system')?.used).toBe(0);
    expect(checkInvariants(m)).toEqual([]);
  });

  it.each<[MemoryType, number]>([
    ['USER', 2],
    ['CACHE', 2],
  ])('references to %s pages count as general memory’s, at its latency', (type, latency) => {
    const m = createMemory(DEFAULT_MEMORY, 1);
    const a = allocate(m, 1, 4 * PAGE, type);
    if (!a.ok) throw new Error(a.message);
    for (const offset of [0, PAGE, 0]) expect(translate(m, 1, a.address + offset, 'read', 0).ok).toBe(true);
    expect(snapshotOf(m).general).toMatchObject({ references: 3, latencyTicks: 3 * latency, averageLatency: latency });
    expect(snapshotOf(m).pools.every((p) => p.references === 0)).toBe(true);
  });

  it('is bounded by physical memory and swap only: past them, the refusal says so', () => {
    const m = createMemory({ ...DEFAULT_MEMORY, swapBytes: 0 }, 1);
    expect(allocate(m, 1, 64 * PAGE, 'USER').ok).toBe(true);
    expect(allocate(m, 2, PAGE, 'CACHE')).toMatchObject({ ok: false, limit: 'swapBytes' });
  });

  it('is swapped out to make room, like any unpinned page', () => {
    const m = createMemory({ ...DEFAULT_MEMORY, placement: 'anyFree' }, 1);
    expect(allocate(m, 1, 60 * PAGE, 'USER').ok).toBe(true);
    expect(allocate(m, 2, 10 * PAGE, 'AI_DATA').ok).toBe(true);
    expect(m.swap.used).toBe(6);
    expect(snapshotOf(m).general.usedFrames).toBe(54);
    expect(checkInvariants(m)).toEqual([]);
  });
});
