import type { RegisterAccess, RegisterLayout } from '../registerLayout';
import type { MemoryState } from '../state';
import type { HeldMemory } from './processMemory';

/**
 * Memory management during a run: the memory manager's state and what the kernel keeps about it (who waits for
 * memory, the latest references, the graphs' samples). Plain data in `st.sub.memory`, copied by checkpoints.
 */
export interface MemoryRun {
  memory: MemoryState;
  /** bumped whenever memory changes, so frames carry a new snapshot only then */
  version: number;
  /** bumped when frames are taken, freed, swapped or moved (not when a reference sets a page's bits) */
  shape: number;
  /** processes waiting in NEW for memory, in arrival order */
  waiting: number[];
  /** [frame, tick] of the latest references */
  recent: [number, number][];
  /** append-only, like the Gantt segments: one point per change of memory's shape */
  samples: MemorySample[];
  /** the latest compaction's outcome, for the defragment action's before and after */
  lastCompaction: { tick: number; moved: number; cost: number } | null;
  /** pages being moved by compaction until tick `until`: those processes wait if they run before then */
  moving: { until: number; pids: number[] } | null;
  /** the tick from which the next regular sample is due */
  nextSample: number;
  /** per pid, from its first admission attempt on */
  procs: Map<number, MemoryProcess>;
  /** per pid of an ended process: what it held as it ended (its memory is freed then), frozen */
  ended: Map<number, HeldMemory>;
  /** under a register mode (memory.mmu): the latest reference and the registers that translated it */
  lastRegisterAccess?: RegisterAccess;
}

/** What memory management knows of one process. */
export interface MemoryProcess {
  /** virtual address of the memory given at admission, or null */
  base: number | null;
  /** why it still waits in NEW for memory, or null */
  wait: string | null;
  /** memory references made so far (its access pattern's position) */
  refs: number;
  /** locality pattern: first page of the current working set */
  workingSetBase: number;
  /**
   * what it is WAITING for memory for: the page it faulted on, the only frame that could take it (held for another
   * process that has not used it yet: frameWait), or its pages being moved by compaction; null when not waiting
   */
  waitsFor: 'page' | 'frame' | 'compaction' | null;
  /** under a register mode (memory.mmu), the registers the kernel loaded for it at admission */
  registers?: RegisterLayout;
}

/** One point of the memory graphs over time. */
export interface MemorySample {
  tick: number;
  /** external fragmentation, 0..1 */
  external: number;
  freeFrames: number;
  swapUsed: number;
  pageFaults: number;
  swapIns: number;
  swapOuts: number;
  translations: number;
}
