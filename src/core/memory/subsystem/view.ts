import type { SimState } from '../../kernel/state';
import { deepCopy } from '../../deepCopy';
import { translate } from '../mmu';
import { pageTableOf, type PageTableRow } from '../pageTable';
import type { MemoryFigures, MemorySnapshot } from '../snapshot';
import { figuresOf, snapshotOf } from '../snapshotOf';
import { tlbView, type TlbView } from '../tlbView';
import type { Access, TranslationResult } from '../types';
import type { RegisterAccess } from '../registerLayout';
import { memoryRun } from './samples';
import type { MemoryRun, MemorySample } from './state';

/** Memory as the worker's frames show it: read-only, the snapshot taken only when asked for. */
export interface MemoryView {
  /** changes whenever memory does */
  version: number;
  /** changes when frames are taken, freed, swapped or moved */
  shape: number;
  frames: number;
  snapshot(): MemorySnapshot;
  /** the snapshot without its per-frame arrays: cheap at any size */
  figures(): MemoryFigures;
  samples: readonly MemorySample[];
  /** the latest references, with their age in ticks */
  recent: { frame: number; age: number }[];
  /** processes waiting in NEW for memory, oldest first, and why */
  waiting: { pid: number; why: string }[];
  lastCompaction: Readonly<MemoryRun['lastCompaction']>;
  /** the TLB's entries, read when asked for */
  tlb(): TlbView;
  /** under a register mode (memory.mmu), the latest reference made and its process's registers; else null */
  registerAccess(): RegisterAccess | null;
  /**
   * Whether `pid` holds memory now, or held some as it ended: when it does not, its figures are all 0 but its page
   * faults, so a frame need not work them out to see that they are unchanged.
   */
  holds(pid: number): boolean;
}

export function memoryView(st: SimState): MemoryView {
  const run = memoryRun(st);
  return {
    version: run.version,
    shape: run.shape,
    frames: run.memory.frames,
    snapshot: () => snapshotOf(run.memory),
    figures: () => figuresOf(run.memory),
    samples: run.samples,
    recent: run.recent.map(([frame, tick]) => ({ frame, age: st.now - tick })),
    waiting: run.waiting.map((pid) => ({ pid, why: run.procs.get(pid)?.wait ?? '' })),
    lastCompaction: run.lastCompaction,
    tlb: () => tlbView(run.memory),
    registerAccess: () => run.lastRegisterAccess ?? null,
    holds: (pid) => run.ended.has(pid) || run.memory.spaces.has(pid),
  };
}

/** The MMU walkthrough: a translation on a copy, so looking never changes the run; null without memory. */
export function translateOnCopy(st: SimState, pid: number, address: number, access: Access): TranslationResult | null {
  const run = st.sub.memory;
  return run ? translate(deepCopy(run.memory), pid, address, access, st.now) : null;
}

/** A process's page table; null without memory. */
export function pageTableOfProcess(st: SimState, pid: number): PageTableRow[] | null {
  const run = st.sub.memory;
  return run ? pageTableOf(run.memory, pid) : null;
}
