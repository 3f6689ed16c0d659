import { rebuildFreeRuns } from './freeRuns';
import { findRegion } from './pageTable';
import { NO_TYPE, PINNED_TYPE, policyOf } from './physical';
import type { MemoryState, Region } from './state';
import { tlbFlush } from './tlb';

export interface CompactOptions {
  /** also move pinned pages (a kernel that can quiesce their users); default false */
  movePinned?: boolean;
}

/**
 * Slides every movable page down to the lowest free frame below it, in frame order, so the free frames
 * gather above the used ones (pinned pages stay where they are and split the free space around them).
 * Every page table that maps a moved page is rewritten (a shared page through its share), the replacement
 * policy is told (onMove), and the TLB is flushed: every cached translation of a moved page is stale, and a
 * lesson-sized TLB refills in a few misses. One pass over the frames: 262,144 frames in a few ms.
 * Cost in ticks: compactionTicksPerPage per page moved.
 */
export function compact(m: MemoryState, opts: CompactOptions = {}): { moved: number; cost: number } {
  const policy = policyOf(m);
  // Neighbouring frames mostly hold neighbouring pages of one region: remember the last one found.
  const last: { pid: number; region: Region | undefined } = { pid: -1, region: undefined };
  let moved = 0;
  let to = 0;
  for (let from = 0; from < m.frames; from++) {
    if (m.owner[from]! < 0) continue;
    if (PINNED_TYPE[m.type[from]!] && !opts.movePinned) continue;
    while (to < from && m.owner[to]! >= 0) to++;
    if (to >= from) continue;
    movePage(m, from, to, last);
    policy.onMove(m.repl, from, to);
    moved++;
    to++;
  }
  if (moved > 0) {
    rebuildFreeRuns(m.runs, (f) => m.owner[f]! < 0, m.frames);
    tlbFlush(m.tlb);
    m.counters.tlbFlushes++;
  }
  m.rover = 0;
  m.counters.compactions++;
  m.counters.framesMoved += moved;
  return { moved, cost: moved * m.config.compactionTicksPerPage };
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
