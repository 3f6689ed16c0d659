import type { Subsystem } from '../kernel/subsystem';
import type { SimState } from '../kernel/state';
import { deepFreeze } from '../deepFreeze';
import { createHeap, heapView } from './allocator';
import { applyHeapOperation, HEAP_OPERATIONS } from './operations';
import type { HeapState, HeapView } from './types';

/**
 * The heap during a run, and what each malloc returned. The allocator never changes a HeapState in place (every
 * step returns a new one), so `heap` is kept frozen and checkpoints share it; only `pointers` is copied.
 */
export interface HeapRun {
  heap: HeapState;
  /** allocation index -> the pointer its malloc returned, or null when it failed or was refused */
  pointers: Map<number, number | null>;
}

/** The heap as the worker's frames show it. */
export interface HeapRunView {
  /** a new object after every change, so identity tells whether the picture must be sent again */
  heap: Readonly<HeapState>;
  picture(): HeapView;
}

function heapRun(st: SimState): HeapRun {
  return st.sub.heap as HeapRun;
}

/** The scenario's heap (src/core/heap): the malloc and free operations. */
export const heapSubsystem: Subsystem<'heap'> = {
  name: 'heap',
  // A validated scenario's heap always creates (the schema has the allocator's limits).
  present: (scenario) => scenario.heap !== undefined && !('message' in createHeap(scenario.heap)),
  create: (scenario) => ({
    heap: deepFreeze(createHeap(scenario.heap as NonNullable<typeof scenario.heap>) as HeapState),
    pointers: new Map(),
  }),
  operations: HEAP_OPERATIONS,
  absent: 'there is no heap in this scenario',
  apply: (st, op, at) => {
    applyHeapOperation(st, op as Parameters<typeof applyHeapOperation>[1], at);
    return false;
  },
  view: (st) => {
    const heap = heapRun(st).heap;
    return { heap, picture: () => heapView(heap) };
  },
};
