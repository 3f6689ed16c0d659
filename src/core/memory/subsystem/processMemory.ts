import { deepFreeze } from '../../deepFreeze';
import type { SimState } from '../../kernel/state';
import type { PcbView } from '../../kernel/view';
import type { MemoryState } from '../state';
import { MEMORY_TYPES, type MemoryType } from '../types';
import { memoryRun } from './samples';
import type { MemoryRun } from './state';

/** What a process holds in memory: its allocations and where their pages are. */
export interface HeldMemory {
  /** the memory types of its allocations, each once, in address order (none before it is admitted) */
  types: MemoryType[];
  /** bytes its allocations asked for; a shared mapping counts for every process that maps it */
  bytes: number;
  /** pages in a frame (a shared page is resident for each process that maps it) */
  residentPages: number;
  /** pages in swap */
  swappedPages: number;
}

/**
 * One process's memory, as the process table, the console and `sim run` show it: what it holds now, or, once it
 * has ended (its memory freed), what it held as it ended; with the page faults it made.
 */
export interface ProcessMemory extends HeldMemory {
  pageFaults: number;
}

const NOTHING: HeldMemory = deepFreeze({ types: [], bytes: 0, residentPages: 0, swappedPages: 0 });

/** What `pid` holds now. O(its pages): a page is in swap when it has a slot, and resident otherwise. */
export function heldMemory(m: MemoryState, pid: number): HeldMemory {
  const space = m.spaces.get(pid);
  if (!space) return NOTHING;
  const held: HeldMemory = { types: [], bytes: 0, residentPages: 0, swappedPages: 0 };
  for (const r of space.regions) {
    let swapped = 0;
    for (let i = 0; i < r.pages; i++) if (r.slot[i]! >= 0) swapped++;
    held.bytes += r.bytes;
    held.swappedPages += swapped;
    held.residentPages += r.pages - swapped;
    const type = MEMORY_TYPES[r.type]!;
    if (!held.types.includes(type)) held.types.push(type);
  }
  return held;
}

/** Called as a process ends, before its memory is freed: what it held is kept (frozen, so checkpoints share it). */
export function keepHeldAtExit(run: MemoryRun, pid: number): void {
  run.ended.set(pid, deepFreeze(heldMemory(run.memory, pid)));
}

/** The one computation of a process's memory figures, read by the frames (table, console) and the run result. */
export function processMemory(st: SimState, p: PcbView): ProcessMemory {
  const run = memoryRun(st);
  const held = run.ended.get(p.pid) ?? heldMemory(run.memory, p.pid);
  // Field by field: a row is built for every process in every frame. `types` is never changed once made.
  return {
    types: held.types,
    bytes: held.bytes,
    residentPages: held.residentPages,
    swappedPages: held.swappedPages,
    pageFaults: p.pageFaults,
  };
}
