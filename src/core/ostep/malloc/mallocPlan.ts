import { createHeap, heapAlloc, heapFree } from '../../heap/allocator';
import type { AllocStep, Chunk, FreeStep, HeapState } from '../../heap/types';
import { pyRandom, pySeed } from '../pyRandom';
import type { MallocOp, MallocProblem } from './mallocCommand';

/** One step malloc.py takes: an allocation, a free of ptr[index], or its "Invalid Free: Skipping". */
export type MallocPlanStep =
  MallocOp | { kind: 'skip'; index: number; /** successful allocations so far */ successes: number };

/** A step as the allocator took it: what the allocator did (`step`), the free list after it, and ptr[index]. */
export type MallocTaken =
  | { kind: 'alloc'; size: number; index: number; step: AllocStep; freeList: Chunk[] }
  | { kind: 'free'; index: number; step: FreeStep; freeList: Chunk[] }
  | (MallocPlanStep & { kind: 'skip' });

/**
 * The steps malloc.py takes for this problem, from -A or from OSTEP's random generator, or why OSTEP would crash.
 * Which steps it takes depends on which allocations succeed (the generator frees only live pointers; -A skips a
 * free by its count of successes), so this follows the heap with the allocator the engine runs; the answers
 * themselves are read from the engine's run of these steps.
 */
export function mallocPlan(p: MallocProblem): MallocPlanStep[] | string {
  const plan: MallocPlanStep[] = [];
  const steps = mallocSteps(p);
  for (let s = steps.next(); ; s = steps.next()) {
    if (s.done) return s.value ?? plan;
    const t = s.value;
    plan.push(
      t.kind === 'alloc' ? { kind: 'alloc', size: t.size } : t.kind === 'free' ? { kind: 'free', index: t.index } : t,
    );
  }
}

/**
 * The same steps one at a time, each as the allocator took it (what OSTEP's text says of it, for a command line
 * that prints it as it is made); the generator's return value says why OSTEP would crash, or is null.
 */
export function* mallocSteps(p: MallocProblem): Generator<MallocTaken, string | null> {
  const created = createHeap(p.config);
  if ('message' in created) return created.message;
  let heap: HeapState = created;
  /** pointer of each allocation that succeeded, by ptr index; -A keeps it after a free, as OSTEP keeps the address */
  const ptrs = new Map<number, number>();
  let allocs = 0;
  let successes = 0;
  function* alloc(size: number): Generator<MallocTaken, string | null> {
    const r = heapAlloc(heap, size);
    if (typeof r === 'string') return r;
    heap = r.heap;
    const index = allocs++;
    if (r.step.ptr !== null) {
      ptrs.set(index, r.step.ptr);
      successes++;
    }
    yield { kind: 'alloc', size, index, step: r.step, freeList: heap.free };
    return null;
  }
  function* free(index: number, ptr: number): Generator<MallocTaken> {
    const r = heapFree(heap, ptr);
    heap = r.heap;
    yield { kind: 'free', index, step: r.step, freeList: heap.free };
  }
  if (p.ops) {
    for (const [i, op] of p.ops.entries()) {
      if (op.kind === 'alloc') {
        const error = yield* alloc(op.size);
        if (error)
          return `-A/--allocList: operation ${i} (+${op.size}): ${error} (OSTEP's malloc.py stops with an assertion)`;
        continue;
      }
      // OSTEP's check counts successful allocations, not pointer indexes.
      if (op.index >= successes) {
        yield { kind: 'skip', index: op.index, successes };
        continue;
      }
      const ptr = ptrs.get(op.index);
      if (ptr === undefined)
        return `-A/--allocList: operation ${i} frees ptr[${op.index}], whose allocation failed (OSTEP crashes on this)`;
      yield* free(op.index, ptr);
    }
    return null;
  }
  // OSTEP's generator: one draw decides alloc or free; an alloc draws its size, a free draws which live
  // pointer (in allocation order) to free; a free with nothing live draws nothing more and does not count.
  // A freed pointer is never drawn again, so it is forgotten: memory follows the live allocations, not -n.
  const rng = pySeed(p.random.seed);
  const live: number[] = [];
  for (let done = 0; done < p.random.count;) {
    if (pyRandom(rng) < p.random.percent / 100) {
      const index = allocs;
      const error = yield* alloc(Math.floor(pyRandom(rng) * p.random.range) + 1);
      if (error) return error;
      if (ptrs.has(index)) live.push(index);
      done++;
    } else if (live.length > 0) {
      const [index] = live.splice(Math.floor(pyRandom(rng) * live.length), 1) as [number];
      const ptr = ptrs.get(index) as number;
      ptrs.delete(index);
      yield* free(index, ptr);
      done++;
    }
  }
  return null;
}
