import { createHeap, heapAlloc, heapFree, heapView } from '../../heap/allocator';
import type { HeapState, HeapStep } from '../../heap/types';
import type { HeapPicture, MallocStep } from '../answers';
import { pyRandom, pySeed } from '../pyRandom';
import type { MallocProblem } from './mallocCommand';

/** The steps of a malloc.py run (the JSON answer) and the heap before the first step and after each one. */
export interface MallocRun {
  steps: MallocStep[];
  heap: HeapPicture[];
}

/**
 * Drives the allocator through malloc.py's operations, from -A or from OSTEP's random generator, and records
 * each step as OSTEP reports it. ptr[k] keeps the chunk's pointer after a free, as OSTEP keeps its address: a
 * later Free(ptr[k]) looks that address up again (a double free fails; a reused address frees its new owner).
 */
export function runMalloc(p: MallocProblem): MallocRun | string {
  const created = createHeap(p.config);
  if ('message' in created) return created.message;
  let heap: HeapState = created;
  const steps: MallocStep[] = [];
  const pictures: HeapPicture[] = [picture(heap, null, introduction(heap))];
  const ptrs = new Map<number, number>();
  let allocs = 0;

  const record = (step: MallocStep, heapStep: HeapStep | null, explanation: string) => {
    steps.push(step);
    pictures.push(picture(heap, heapStep, explanation));
  };
  const alloc = (size: number): string | null => {
    const ptrIndex = allocs++;
    const r = heapAlloc(heap, size, ptrIndex);
    if (typeof r === 'string') return r;
    heap = r.heap;
    const { chunk, ptr } = r.step;
    if (chunk && ptr !== null) ptrs.set(ptrIndex, ptr);
    const ok = chunk !== null;
    const step: MallocStep = { op: 'alloc', ptrIndex, size, ok, blockAddr: chunk?.addr ?? null, userPtr: ptr, searched: r.step.examined.length, freeList: heap.free.map((c) => ({ ...c })) };
    record(step, r.step, `ptr[${ptrIndex}]: ${r.step.explanation}`);
    return null;
  };
  const free = (ptrIndex: number, ptr: number) => {
    const r = heapFree(heap, ptr);
    heap = r.heap;
    const owner = r.step.ok && r.step.owner !== ptrIndex ? ` ptr[${ptrIndex}]'s address now belongs to ptr[${r.step.owner}], so that chunk is the one freed.` : '';
    const step: MallocStep = { op: 'free', ptrIndex, skipped: false, result: r.step.ok ? 0 : -1, freeList: heap.free.map((c) => ({ ...c })) };
    record(step, r.step, `Free(ptr[${ptrIndex}]):${owner} ${r.step.explanation}`);
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
        const why = `Free(ptr[${op.index}]) is skipped: OSTEP frees only indexes below the number of successful allocations so far (${ptrs.size}).`;
        record({ op: 'free', ptrIndex: op.index, skipped: true }, null, why);
        continue;
      }
      const ptr = ptrs.get(op.index);
      if (ptr === undefined) return `-A/--allocList: operation ${i} frees ptr[${op.index}], whose allocation failed (OSTEP crashes on this)`;
      free(op.index, ptr);
    }
    return { steps, heap: pictures };
  }

  // OSTEP's generator: one draw decides alloc or free; an alloc draws its size, a free draws which live
  // pointer (in allocation order) to free; a free with nothing live draws nothing more and does not count.
  const rng = pySeed(p.random.seed);
  const live: number[] = [];
  for (let done = 0; done < p.random.count; ) {
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
  return { steps, heap: pictures };
}

/** The allocator's view of the heap after `step`, with the elements its search examined (owners are ptr indexes). */
function picture(heap: HeapState, step: HeapStep | null, explanation: string): HeapPicture {
  const view = heapView(heap);
  const search = step?.op === 'alloc' ? { searched: step.examined, chosen: step.chosen } : { searched: [], chosen: null };
  return { ...view, chunks: view.chunks.map((c) => ({ addr: c.addr, size: c.size, free: c.free, ptrIndex: c.owner })), ...search, explanation };
}

function introduction(h: HeapState): string {
  const c = h.config;
  const extras = [c.header > 0 ? `${c.header}-byte headers` : '', c.align !== null ? `sizes rounded up to a multiple of ${c.align}` : ''].filter(Boolean);
  return `The heap: ${c.size} bytes at ${c.base}..${c.base + c.size}, one free chunk. ${c.policy} fit, ${c.order} list, ${c.coalesce ? 'coalescing after each free' : 'no coalescing'}${extras.length > 0 ? `; ${extras.join(', ')}` : ''}.`;
}
