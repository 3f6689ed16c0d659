import { heapAlloc, heapFree } from '../heap/allocator';
import type { Chunk } from '../heap/types';
import type { ScheduledOperation } from '../scenario/types';
import { pcbOf, type SimState } from './state';

type HeapOperation = Extract<ScheduledOperation, { op: 'malloc' | 'free' }>;

/**
 * malloc and free at now, on the scenario's heap (src/core/heap). Only a live process (arrived, not yet
 * terminated) may call them; anything else is refused with an event that says why. Each step's event carries
 * the allocator's own record of it and the free list after it, so a trace alone rebuilds every heap picture.
 */
export function applyHeapOperation(st: SimState, op: HeapOperation): void {
  const p = pcbOf(st, op.pid);
  const refuse = (why: string): void => {
    st.events.push({ tick: st.now, kind: 'refused', op: op.op, pid: op.pid, state: p?.state ?? null, why });
  };
  const run = st.heap;
  if (!run) return refuse('there is no heap in this scenario');
  if (!p) return refuse(`there is no process with pid ${op.pid}`);
  if (p.state === 'NEW') return refuse(`P${p.pid} has not arrived yet`);
  if (p.state === 'TERMINATED') return refuse(`P${p.pid} has terminated`);
  const freeList = (): Chunk[] => run.heap.free.map((c) => ({ ...c }));
  if (op.op === 'malloc') {
    const allocation = st.allocationOf.get(op) ?? run.pointers.size;
    const r = heapAlloc(run.heap, op.bytes, allocation);
    if (typeof r === 'string') {
      run.pointers.set(allocation, null);
      return refuse(r);
    }
    run.heap = r.heap;
    run.pointers.set(allocation, r.step.ptr);
    st.events.push({ tick: st.now, kind: 'malloc', pid: p.pid, allocation, step: r.step, freeList: freeList() });
    return;
  }
  const ptr = run.pointers.get(op.allocation);
  if (ptr === undefined) return refuse(`allocation ${op.allocation} has not been made yet`);
  // A failed malloc returned NULL, and free(NULL) does nothing.
  if (ptr === null) {
    st.events.push({
      tick: st.now,
      kind: 'free',
      pid: p.pid,
      allocation: op.allocation,
      ptr,
      step: null,
      freeList: freeList(),
    });
    return;
  }
  const r = heapFree(run.heap, ptr);
  run.heap = r.heap;
  st.events.push({
    tick: st.now,
    kind: 'free',
    pid: p.pid,
    allocation: op.allocation,
    ptr,
    step: r.step,
    freeList: freeList(),
  });
}
