import type { SimState } from '../kernel/state';
import type { SimStateView } from '../kernel/view';
import { subsystemView } from '../kernel/subsystems';
import { pageTableOf, type PageTableRow } from './pageTable';
import type { MemorySnapshot } from './snapshot';
import { MEMORY_TYPES, PAGE_STATES, type MemoryConfig, type MemoryType, type PageState } from './types';

/**
 * Memory as the system-state export writes it (kernel/systemState.ts): plain data, frames and pages as runs, so
 * that a memory of a million frames is a small file.
 */

/** Consecutive frames with one owner, memory type and page state (and, when owned, consecutive pages). */
export interface FrameRun {
  start: number;
  count: number;
  /** -1 = free */
  pid: number;
  type: MemoryType | null;
  state: PageState;
  /** the first frame's virtual page number, or -1 */
  vpn: number;
}

/** Consecutive pages of one process mapped to consecutive frames (or swap slots), with the same flags. */
export interface PageRun {
  vpn: number;
  pages: number;
  frame: number | null;
  swapSlot: number | null;
  flags: number;
  type: MemoryType;
}

export interface ExportedMemory {
  config: MemoryConfig;
  frames: number;
  frameRuns: FrameRun[];
  pageTables: { pid: number; pages: PageRun[] }[];
  pools: MemorySnapshot['pools'];
  constraints: MemorySnapshot['constraints'];
  swap: { slots: number; used: number; owners: { pid: number; slots: number }[] };
  fragmentation: MemorySnapshot['fragmentation'];
  stats: MemorySnapshot['stats'];
  waiting: { pid: number; why: string }[];
  alerts: string[];
}

/** Frames as runs: a memory of 4 GiB has a million frames, but few runs of them. */
function frameRuns(s: MemorySnapshot): FrameRun[] {
  const runs: FrameRun[] = [];
  let last: FrameRun | undefined;
  for (let f = 0; f < s.frames; f++) {
    const pid = s.owner[f]!;
    const typeIndex = s.type[f]!;
    const state = PAGE_STATES[s.state[f]!]!;
    const vpn = s.vpn[f]!;
    const type = MEMORY_TYPES[typeIndex] ?? null;
    const follows =
      last !== undefined &&
      last.pid === pid &&
      last.type === type &&
      last.state === state &&
      (pid < 0 || vpn === last.vpn + last.count);
    if (follows) last!.count++;
    else {
      last = { start: f, count: 1, pid, type, state, vpn };
      runs.push(last);
    }
  }
  return runs;
}

const plus = (n: number | null, k: number): number | null => (n === null ? null : n + k);

function pageRuns(rows: readonly PageTableRow[]): PageRun[] {
  const runs: PageRun[] = [];
  let last: PageRun | undefined;
  for (const r of rows) {
    const follows =
      last !== undefined &&
      r.vpn === last.vpn + last.pages &&
      r.flags === last.flags &&
      r.type === last.type &&
      r.frame === plus(last.frame, last.pages) &&
      r.swapSlot === plus(last.swapSlot, last.pages);
    if (follows) last!.pages++;
    else {
      last = { vpn: r.vpn, pages: 1, frame: r.frame, swapSlot: r.swapSlot, flags: r.flags, type: r.type };
      runs.push(last);
    }
  }
  return runs;
}

export function exportedMemory(st: SimStateView): ExportedMemory | null {
  const view = subsystemView(st, 'memory');
  const run = (st as SimState).sub.memory;
  if (!view || !run) return null;
  const s = view.snapshot();
  const swapOwners = new Map<number, number>();
  for (const pid of s.swap.owner) if (pid >= 0) swapOwners.set(pid, (swapOwners.get(pid) ?? 0) + 1);
  return {
    config: s.config,
    frames: s.frames,
    frameRuns: frameRuns(s),
    pageTables: st.procs
      .map((p) => ({ pid: p.pid, pages: pageRuns(pageTableOf(run.memory, p.pid)) }))
      .filter((t) => t.pages.length > 0),
    pools: s.pools,
    constraints: s.constraints,
    swap: {
      slots: s.swap.slots,
      used: s.swap.used,
      owners: [...swapOwners].sort((a, b) => a[0] - b[0]).map(([pid, slots]) => ({ pid, slots })),
    },
    fragmentation: s.fragmentation,
    stats: s.stats,
    waiting: view.waiting,
    alerts: s.alerts,
  };
}
