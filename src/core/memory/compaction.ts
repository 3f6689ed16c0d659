import { rebuildFreeRuns } from './freeRuns';
import { findRegion } from './pageTable';
import { KERNEL_PID, NO_TYPE, PINNED_TYPE, policyOf } from './physical';
import type { MemoryState, Region } from './state';
import { tlbFlush } from './tlb';

export interface CompactOptions {
  /** also move pinned pages (a kernel that can quiesce their users); default false */
  movePinned?: boolean;
}

export interface Compaction {
  moved: number;
  /** ticks it takes: compactionTicksPerPage per page moved */
  cost: number;
  /** the processes whose pages moved (every user of a moved shared page), ascending */
  pids: number[];
}

/**
 * Slides every movable page down to the lowest free frame below it, in frame order, so the free frames
 * gather above the used ones (pinned pages stay where they are and split the free space around them).
 * Every page table that maps a moved page is rewritten (a shared page through its share), the replacement
 * policy is told (onMove), and the TLB is flushed: every cached translation of a moved page is stale, and a
 * lesson-sized TLB refills in a few misses. One pass over the frames: 262,144 frames in a few ms.
 */
export function compact(m: MemoryState, opts: CompactOptions = {}): Compaction {
  const policy = policyOf(m);
  // Neighbouring frames mostly hold neighbouring pages of one region: remember the last one found.
  const last: { pid: number; region: Region | undefined } = { pid: -1, region: undefined };
  const pids = new Set<number>();
  const moved = slide(
    m,
    opts,
    (f) => m.owner[f]! >= 0,
    (from, to) => {
      const share = m.share[from]!;
      if (share >= 0) for (const pid of m.shares.get(share)!.users) pids.add(pid);
      // The kernel's pages (the page cache) move too, but no process waits for them.
      else if (m.owner[from] !== KERNEL_PID) pids.add(m.owner[from]!);
      movePage(m, from, to, last);
      policy.onMove(m.repl, from, to);
    },
  );
  if (moved > 0) {
    rebuildFreeRuns(m.runs, (f) => m.owner[f]! < 0, m.frames);
    tlbFlush(m.tlb);
    m.counters.tlbFlushes++;
  }
  m.rover = 0;
  m.counters.compactions++;
  m.counters.framesMoved += moved;
  return { moved, cost: moved * m.config.compactionTicksPerPage, pids: [...pids].sort((a, b) => a - b) };
}

/**
 * The longest run of free frames compaction would leave, without moving anything: the same slide on a copy of
 * which frames are used (pinned pages may keep free frames apart).
 */
export function largestRunAfterCompaction(m: MemoryState, opts: CompactOptions = {}): number {
  const used = new Uint8Array(m.frames);
  for (let f = 0; f < m.frames; f++) used[f] = m.owner[f]! >= 0 ? 1 : 0;
  slide(
    m,
    opts,
    (f) => used[f] === 1,
    (from, to) => {
      used[to] = 1;
      used[from] = 0;
    },
  );
  let best = 0;
  let run = 0;
  for (let f = 0; f < m.frames; f++) {
    run = used[f] === 1 ? 0 : run + 1;
    if (run > best) best = run;
  }
  return best;
}

/**
 * The slide itself: each movable page, in frame order, goes to the lowest free frame below it (`used` says which
 * are used as the moves go on). Frames at and above `from` are not touched yet, so their table entries still
 * hold. Returns how many pages it moved.
 */
function slide(
  m: MemoryState,
  opts: CompactOptions,
  used: (f: number) => boolean,
  move: (from: number, to: number) => void,
): number {
  let moved = 0;
  let to = 0;
  for (let from = 0; from < m.frames; from++) {
    if (!used(from)) continue;
    if (PINNED_TYPE[m.type[from]!] && !opts.movePinned) continue;
    while (to < from && used(to)) to++;
    if (to >= from) continue;
    move(from, to);
    moved++;
    to++;
  }
  return moved;
}

function movePage(m: MemoryState, from: number, to: number, last: { pid: number; region: Region | undefined }): void {
  const pid = m.owner[from]!;
  const vpn = m.vpn[from]!;
  let r = last.region;
  if (last.pid !== pid || !r || vpn < r.start || vpn >= r.start + r.pages) {
    r = findRegion(m, pid, vpn)!;
    last.pid = pid;
    last.region = r;
  }
  const share = m.share[from]!;
  if (share >= 0) m.shares.get(share)!.frames[vpn - r.start] = to;
  else r.frame[vpn - r.start] = to;
  m.owner[to] = pid;
  m.vpn[to] = vpn;
  m.type[to] = m.type[from]!;
  m.share[to] = share;
  m.tag[to] = m.tag[from]!;
  m.bits[to] = m.bits[from]!;
  m.owner[from] = -1;
  m.vpn[from] = -1;
  m.type[from] = NO_TYPE;
  m.share[from] = -1;
  m.tag[from] = 0;
  m.bits[from] = 0;
}
