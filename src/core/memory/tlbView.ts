import type { MemoryState } from './state';
import type { MemoryConfig } from './types';

/** One TLB entry in use, as the TLB view shows it. */
export interface TlbEntryView {
  /** the entry's index in the TLB */
  slot: number;
  /** the address space (pid) it belongs to */
  asid: number;
  vpn: number;
  frame: number;
  /** PTE permission bits it caches (PTE.READ | …) */
  perm: number;
  /** 1 = used most recently; the entry a replacement would take next has the highest */
  recency: number;
}

/** The TLB at one tick: read-only, for the TLB view. */
export interface TlbView {
  size: number;
  mode: MemoryConfig['tlbMode'];
  /** entries in use, by slot */
  entries: TlbEntryView[];
  /** the slot the latest translation used or filled (the most recently used), or null when empty */
  latest: number | null;
  hits: number;
  misses: number;
  flushes: number;
}

/** Reads the TLB without touching it: recency is the order of the LRU stamps, newest first. */
export function tlbView(m: MemoryState): TlbView {
  const t = m.tlb;
  const entries: TlbEntryView[] = [];
  for (let i = 0; i < t.vpn.length; i++) {
    if (t.asid[i] === -1) continue;
    entries.push({ slot: i, asid: t.asid[i]!, vpn: t.vpn[i]!, frame: t.frame[i]!, perm: t.perm[i]!, recency: 0 });
  }
  // Stamps are unique (one clock), so the order is total; the slot breaks ties all the same.
  const byUse = [...entries].sort((a, b) => t.used[b.slot]! - t.used[a.slot]! || a.slot - b.slot);
  byUse.forEach((e, i) => (e.recency = i + 1));
  return {
    size: t.vpn.length,
    mode: m.config.tlbMode,
    entries,
    latest: byUse[0]?.slot ?? null,
    hits: m.counters.tlbHits,
    misses: m.counters.tlbMisses,
    flushes: m.counters.tlbFlushes,
  };
}
