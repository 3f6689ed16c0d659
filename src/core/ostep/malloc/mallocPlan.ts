import { createHeap, heapAlloc, heapFree } from '../../heap/allocator';
import type { HeapState } from '../../heap/types';
import { pyRandom, pySeed } from '../pyRandom';
import type { MallocOp, MallocProblem } from './mallocCommand';

/** One step malloc.py takes: an allocation, a free of ptr[index], or its "Invalid Free: Skipping". */
export type MallocPlanStep =
  MallocOp | { kind: 'skip'; index: number; /** successful allocations so far */ successes: number };

/**
 * The steps malloc.py takes for this problem, from -A or from OSTEP's random generator, or why OSTEP would crash.
 * Which steps it takes depends on which allocations succeed (the generator frees only live pointers; -A skips a
 * free by its count of successes), so this follows the heap with the allocator the engine runs; the answers
 * themselves are read from the engine's run of these steps.
 */
export function mallocPlan(p: MallocProblem): MallocPlanStep[] | string {
  const created = createHeap(p.config);
  if ('message' in created) return created.message;
  let heap: HeapState = created;
  const plan: MallocPlanStep[] = [];
  /** pointer of each allocation that succeeded, by ptr index; kept after a free, as OSTEP keeps the address */
  const ptrs = new Map<number, number>();
  let allocs = 0;
  const alloc = (size: number): string | null => {
    const r = heapAlloc(heap, size);
    if (typeof r === 'string') return r;
    heap = r.heap;
    if (r.step.ptr !== null) ptrs.set(allocs, r.step.ptr);
    allocs++;
    plan.push({ kind: 'alloc', size });
    return null;
  };
  const free = (index: number, ptr: number) => {
    heap = heapFree(heap, ptr).heap;
    plan.push({ kind: 'free', index });
  };
  if (p.ops) {
    for (const [i, op] of p.ops.entries()) {
      if (op.kind === 'alloc') {
        const error = alloc(op.size);
        if (error) return error;
        continue;
      }
      // OSTEP's check counts successful allocations, not pointer indexes.
      if (op.index >= ptrs.size) {
        plan.push({ kind: 'skip', index: op.index, successes: ptrs.size });
        continue;
      }
      const ptr = ptrs.get(op.index);
      if (ptr === undefined)
        return `-A/--allocList: operation ${i} frees ptr[${op.index}], whose allocation failed (OSTEP crashes on this)`;
      free(op.index, ptr);
    }
    return plan;
  }
  // OSTEP's generator: one draw decides alloc or free; an alloc draws its size, a free draws which live
  // pointer (in allocation order) to free; a free with nothing live draws nothing more and does not count.
  const rng = pySeed(p.random.seed);
  const live: number[] = [];
  for (let done = 0; done < p.random.count;) {
    if (pyRandom(rng) < p.random.percent / 100) {
      const index = allocs;
      const error = alloc(Math.floor(pyRandom(rng) * p.random.range) + 1);
      if (error) return error;
      if (ptrs.has(index)) live.push(index);
      done++;
    } else if (live.length > 0) {
      const [index] = live.splice(Math.floor(pyRandom(rng) * live.length), 1) as [number];
      free(index, ptrs.get(index) as number);
      done++;
    }
  }
  return plan;
}
