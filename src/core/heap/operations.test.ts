import { describe, expect, it } from 'vitest';
import type { HeapConfig } from './types';
import type { Scenario, ScheduledOperation } from '../scenario/types';
import { eventsOf, run } from '../testing/run';
import { scenarioOf, type Job } from '../testing/scenarioOf';
import { explain } from '../kernel/explain';
import { Simulation } from '../kernel/simulation';

const HEAP: HeapConfig = {
  base: 1000,
  size: 100,
  header: 0,
  align: null,
  policy: 'FIRST',
  order: 'ADDRSORT',
  coalesce: true,
};

function withHeap(jobs: Job[], operations: ScheduledOperation[], heap: HeapConfig | null = HEAP): Scenario {
  const s = scenarioOf({ policy: 'FIFO' }, jobs, { operations });
  return heap ? { ...s, heap } : s;
}

const malloc = (tick: number, bytes: number, pid = 1): ScheduledOperation => ({ tick, op: 'malloc', pid, bytes });
const free = (tick: number, allocation: number, pid = 1): ScheduledOperation => ({ tick, op: 'free', pid, allocation });

const refusals = (s: Scenario) => eventsOf(run(s), 'refused').map((e) => [e.tick, e.op, e.state, e.why]);

describe('malloc and free on the scenario heap', () => {
  it("apply at their tick, after that tick's arrivals, and carry the allocator's step and the free list after it", () => {
    const r = run(withHeap([{ arrival: 2, bursts: [10] }], [malloc(2, 30), malloc(3, 20), free(4, 0)]));
    const mallocs = eventsOf(r, 'malloc');
    expect(mallocs.map((e) => [e.tick, e.pid, e.allocation, e.step.chunk, e.step.ptr, e.freeList])).toEqual([
      [2, 1, 0, { addr: 1000, size: 30 }, 1000, [{ addr: 1030, size: 70 }]],
      [3, 1, 1, { addr: 1030, size: 20 }, 1030, [{ addr: 1050, size: 50 }]],
    ]);
    const [f] = eventsOf(r, 'free');
    expect(f).toMatchObject({
      tick: 4,
      pid: 1,
      allocation: 0,
      ptr: 1000,
      step: { ok: true, chunk: { addr: 1000, size: 30 }, owner: 0 },
    });
    expect(f?.freeList).toEqual([
      { addr: 1000, size: 30 },
      { addr: 1050, size: 50 },
    ]);
    expect(eventsOf(r, 'refused')).toEqual([]);
  });

  it('a failed malloc uses up its index; freeing it frees NULL (nothing happens); a second free is a double free', () => {
    const r = run(withHeap([{ bursts: [10] }], [malloc(0, 500), malloc(1, 10), free(2, 0), free(3, 1), free(4, 1)]));
    const [failed, ok] = eventsOf(r, 'malloc');
    expect([failed?.allocation, failed?.step.chunk, ok?.allocation, ok?.step.ptr]).toEqual([0, null, 1, 1000]);
    const frees = eventsOf(r, 'free');
    expect(frees.map((e) => [e.allocation, e.ptr, e.step?.ok ?? null])).toEqual([
      [0, null, null],
      [1, 1000, true],
      [1, 1000, false],
    ]);
  });

  it('a stale pointer frees whoever holds its address now', () => {
    const r = run(withHeap([{ bursts: [10] }], [malloc(0, 10), free(1, 0), malloc(2, 10), free(3, 0)]));
    const last = eventsOf(r, 'free').at(-1);
    expect(last?.step).toMatchObject({ ok: true, owner: 1 });
    expect(explain(last as NonNullable<typeof last>)).toBe(
      'P1 frees allocation 0: its address 1000 now belongs to allocation 1, so that chunk is the one freed. Freed 1000..1010 (size 10); it goes back at list position 0 (the list is kept sorted by address); merged with the chunk at 1010 into 1000..1100 (size 100).',
    );
  });

  it('are refused for a process that has not arrived or has terminated, and without a heap', () => {
    expect(refusals(withHeap([{ arrival: 2, bursts: [3] }], [malloc(1, 5), malloc(5, 5), free(6, 0)]))).toEqual([
      [1, 'malloc', 'NEW', 'P1 has not arrived yet'],
      [5, 'malloc', 'TERMINATED', 'P1 has terminated'],
      [6, 'free', 'TERMINATED', 'P1 has terminated'],
    ]);
    expect(refusals(withHeap([{ bursts: [3] }], [malloc(1, 5)], null))).toEqual([
      [1, 'malloc', 'RUNNING', 'there is no heap in this scenario'],
    ]);
  });

  it("explains each step with the heap's own explanation", () => {
    const r = run(withHeap([{ bursts: [10] }], [malloc(0, 500), malloc(1, 10), free(2, 0)]));
    expect(r.events.filter((e) => e.kind === 'malloc' || e.kind === 'free').map((e) => explain(e))).toEqual([
      'P1 malloc, allocation 0: Alloc(500) needs 500 bytes. Searched 1 element; no free chunk holds 500 bytes (the largest has 100): the allocation fails and nothing changes.',
      'P1 malloc, allocation 1: Alloc(10) needs 10 bytes. Searched 1 element; first fit: the chunk at 1000 (size 100) is the first that holds 10. Split: 1000..1010 is allocated; 1010..1100 (size 90) stays free in its place on the list.',
      'P1 frees allocation 0: its malloc failed, so the pointer is NULL and free(NULL) does nothing.',
    ]);
  });
});

describe('seeking in a run with heap operations', () => {
  it('gives back exactly the heap a straight run has at that tick, across checkpoints', () => {
    // 3000 steps make well over one checkpoint's worth of events; sizes and frees vary so the heap keeps changing.
    const ops: ScheduledOperation[] = [];
    let mallocs = 0;
    for (let t = 0; t < 3000; t++) {
      if (mallocs > 0 && t % 3 === 2) {
        ops.push(free(t, (t * 7) % mallocs));
      } else {
        ops.push(malloc(t, 1 + ((t * 13) % 17)));
        mallocs++;
      }
    }
    const s = withHeap([{ bursts: [3001] }], ops, { ...HEAP, size: 400, policy: 'NEXT', order: 'SIZESORT+' });
    const sim = new Simulation(s);
    sim.runToEnd();
    for (const tick of [2500, 1200, 10, 2999]) {
      sim.seek(tick);
      const straight = new Simulation(s);
      straight.seek(tick);
      expect(sim.state.sub.heap).toEqual(straight.state.sub.heap);
      expect(sim.state.events).toEqual(straight.state.events);
    }
    // Eight runs of 3,000 ticks: seconds on a busy 2-core machine, beyond vitest's default 5 s.
  }, 30_000);
});
