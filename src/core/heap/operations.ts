import { pcbOf, type SimState } from '../kernel/state';
import type { ScheduledOperation } from '../scenario/types';
import { deepFreeze } from '../deepFreeze';
import { heapAlloc, heapFree } from './allocator';
import type { HeapRun } from './subsystem';
import type { Chunk } from './types';

export const HEAP_OPERATIONS = ['malloc', 'free'] as const;
type HeapOperation = Extract<ScheduledOperation, { op: (typeof HEAP_OPERATIONS)[number] }>;

const allocationIndexes = new WeakMap<readonly ScheduledOperation[], Int32Array>();

/**
 * A malloc's allocation index: its place among the scenario's mallocs in list order (what a free names), from
 * its place `at` in the list. Counted once per operation list (a pure memo: the list is frozen).
 */
function allocationIndex(operations: readonly ScheduledOperation[], at: number): number {
  let index = allocationIndexes.get(operations);
  if (!index) {
    index = new Int32Array(operations.length);
    let n = 0;
    for (let i = 0; i < operations.length; i++) index[i] = operations[i]?.op === 'malloc' ? n++ : -1;
    allocationIndexes.set(operations, index);
  }
  return index[at] as number;
}

/**
 * malloc and free at now, on the scenario's heap (src/core/heap). Only a live process (arrived, not yet
 * terminated) may call them; anything else is refused with an event that says why. Each step's event carries
 * the allocator's own record of it and the free list after it, so a trace alone rebuilds every heap picture.
 * `at` is the operation's place in the scenario's list.
 */
export function applyHeapOperation(st: SimState, op: HeapOperation, at: number): void {
  const p = pcbOf(st, op.pid);
  const refuse = (why: string): void => {
    st.events.push({ tick: st.now, kind: 'refused', op: op.op, pid: op.pid, state: p?.state ?? null, why });
  };
  const run = st.sub.heap as HeapRun;
  if (!p) return refuse(`there is no process with pid ${op.pid}`);
  if (p.state === 'NEW') return refuse(`P${p.pid} has not arrived yet`);
  if (p.state === 'TERMINATED') return refuse(`P${p.pid} has terminated`);
  const freeList = (): Chunk[] => run.heap.free.map((c) => ({ ...c }));
  if (op.op === 'malloc') {
    const allocation = allocationIndex(st.scenario.operations, at);
    const r = heapAlloc(run.heap, op.bytes, allocation);
    if (typeof r === 'string') {
      run.pointers.set(allocation, null);
      return refuse(r);
    }
    run.heap = deepFreeze(r.heap);
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
  run.heap = deepFreeze(r.heap);
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
