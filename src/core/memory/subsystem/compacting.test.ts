import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import type { Scenario, ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, run } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';

const K = 4096;
const ALL = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

/**
 * 16 frames. P1 allocates four runs of 4 pages (A at 0x1000, B, C, D) at tick 0 and frees A and C at tick 1: 8
 * frames are free in two holes of 4. At tick 2 P2 asks for 6 pages. Both run on their own CPU from tick 0.
 */
function fragmented(memory: object, types: [string, string] = ['USER', 'USER']): Scenario {
  const alloc = (memoryType: string, tick = 0) => ({ tick, op: 'allocate', pid: 1, bytes: 4 * K, memoryType });
  const operations = [
    alloc('USER'),
    alloc(types[0]),
    alloc('USER'),
    alloc(types[1]),
    { tick: 1, op: 'deallocate', pid: 1, address: 0x1000 },
    { tick: 1, op: 'deallocate', pid: 1, address: 0x9000 },
    { tick: 2, op: 'allocate', pid: 2, bytes: 6 * K, memoryType: 'USER' },
  ];
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [20] }, { bursts: [20] }], { node: { cpus: 2 } });
  const v = validateScenario({ ...base, operations, memory: { physicalBytes: 16 * K, ...ALL, ...memory } });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

describe('compaction takes the time it reports', () => {
  it('a running process whose pages move waits for them until the compaction ends; one whose pages stay does not', () => {
    const base = fragmented({ compactionTicksPerPage: 2 });
    // Without P2's allocation: a compaction at tick 2 moves P1's B and D (8 pages, 16 ticks); P2 has no pages.
    const compactOp: ScheduledOperation = { tick: 2, op: 'compact', movePinned: false };
    const r = run({ ...base, operations: [...base.operations.slice(0, 6), compactOp] });
    const [c] = eventsOf(r, 'compact');
    expect(c).toEqual({ tick: 2, kind: 'compact', moved: 8, cost: 16, until: 18, pids: [1] });
    expect(explain(c!)).toBe(
      'Compaction moves 8 pages, 16 ticks, until tick 18. P1 cannot use its memory until then, and waits if it runs before.',
    );
    expect(eventsOf(r, 'compactWait')).toEqual([{ tick: 2, kind: 'compactWait', pid: 1, until: 18 }]);
    expect(explain(eventsOf(r, 'compactWait')[0]!)).toBe(
      'P1 cannot use its memory until the compaction ends at tick 18: it waits (WAITING for memory).',
    );
    expect(eventsOf(r, 'compactDone')).toEqual([{ tick: 18, kind: 'compactDone', pid: 1 }]);
    // P1 ran 2 ticks, waited 16, then ran its other 18; P2 ran straight through.
    expect(r.processes.map((p) => [p.completion, p.cpuTime])).toEqual([
      [36, 20],
      [20, 20],
    ]);
  });

  it('a compaction that moves nothing costs nothing and delays no one', () => {
    const base = fragmented({});
    const r = run({ ...base, operations: [{ tick: 2, op: 'compact', movePinned: false }] });
    expect(eventsOf(r, 'compact')).toEqual([{ tick: 2, kind: 'compact', moved: 0, cost: 0, until: 2, pids: [] }]);
    expect(explain(eventsOf(r, 'compact')[0]!)).toBe('Compaction moves 0 pages, 0 ticks.');
    expect(r.processes.map((p) => p.completion)).toEqual([20, 20]);
  });
});

describe('automatic compaction (memory.autoCompact)', () => {
  it('is off by default: an allocation that fails for fragmentation is refused, suggesting compaction', () => {
    const r = run(fragmented({}));
    expect(eventsOf(r, 'compact')).toEqual([]);
    expect(eventsOf(r, 'memRefused')[0]?.why).toContain('the largest is 4; compaction would help');
  });

  it('compacts when enough frames are free but no run is long enough, says why, and both processes wait for it', () => {
    const r = run(fragmented({ autoCompact: true }));
    const [c] = eventsOf(r, 'compact');
    expect(c).toEqual({
      tick: 2,
      kind: 'compact',
      moved: 8,
      cost: 8,
      until: 10,
      pids: [1, 2],
      for: { pid: 2, pages: 6, free: 8, largest: 4 },
    });
    expect(explain(c!)).toBe(
      'P2 needs 6 contiguous frames: 8 are free but the largest run is 4, so memory is compacted: 8 pages move, 8 ticks, until tick 10. P1 and P2 cannot use their memory until then, and wait if they run before.',
    );
    expect(eventsOf(r, 'memAlloc').filter((e) => e.pid === 2)).toHaveLength(1);
    expect(eventsOf(r, 'compactWait').map((e) => e.pid)).toEqual([1, 2]);
    expect(r.processes.map((p) => p.completion)).toEqual([28, 28]);
  });

  it('does not compact when compaction could not make the run: pinned pages keep the free frames apart', () => {
    // B and D are SYSTEM memory, pinned: nothing may move, the holes stay 4 frames each.
    const r = run(fragmented({ autoCompact: true }, ['SYSTEM', 'SYSTEM']));
    expect(eventsOf(r, 'compact')).toEqual([]);
    expect(eventsOf(r, 'memRefused')).toHaveLength(1);
    expect(r.processes.map((p) => p.completion)).toEqual([20, 20]);
  });

  it('is refused unless true or false, naming the field', () => {
    const v = validateScenario({ ...fragmented({}), memory: { autoCompact: 'yes' } });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.errors).toContainEqual(
      expect.objectContaining({ path: 'memory.autoCompact', message: expect.stringContaining('true or false') }),
    );
  });
});
