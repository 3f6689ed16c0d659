import { PINNED_TYPE } from './physical';
import type { AddressSpace, MemoryState, Region } from './state';
import { MEMORY_TYPES, PTE, type MemoryType } from './types';

/**
 * Page tables. Each process's table is stored as its sorted regions (allocations), each with per-page
 * frame and swap-slot arrays: a sparse single-level table that a binary search walks. A two-level table
 * is the same entries seen through a directory: directory entry d exists when some region touches the
 * VPNs d·2^tableBits .. (d+1)·2^tableBits − 1 (mmu.ts shows that walk step by step).
 *
 * VPNs fit in 32 bits: a range is placed at the lowest gap that fits (page 0 is never mapped, so a null
 * pointer faults), and every mapped page is backed by a frame or a swap slot, so the highest VPN in use
 * stays below frames + swap slots + pages of shared mappings.
 */
export function spaceOf(m: MemoryState, pid: number): AddressSpace {
  let s = m.spaces.get(pid);
  if (!s) {
    s = { regions: [], packed: 0 };
    m.spaces.set(pid, s);
  }
  return s;
}

/** The index of the region holding `vpn`, or -1. */
export function regionIndex(regions: readonly Region[], vpn: number): number {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (vpn < r.start) hi = mid - 1;
    else if (vpn >= r.start + r.pages) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function findRegion(m: MemoryState, pid: number, vpn: number): Region | undefined {
  const s = m.spaces.get(pid);
  if (!s) return undefined;
  return s.regions[regionIndex(s.regions, vpn)];
}

/** Whether directory entry `dir` of a two-level table has a second-level table (some region touches its span). */
export function directoryPresent(m: MemoryState, pid: number, dir: number): boolean {
  const regions = m.spaces.get(pid)?.regions ?? [];
  const lo = dir * 2 ** m.tableBits;
  const hi = lo + 2 ** m.tableBits;
  let a = 0;
  let b = regions.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (regions[mid]!.start + regions[mid]!.pages <= lo) a = mid + 1;
    else b = mid;
  }
  return a < regions.length && regions[a]!.start < hi;
}

/** The lowest VPN ≥ 1 where `pages` unmapped pages fit below `limit`, or -1. */
export function findVirtualRange(s: AddressSpace, pages: number, limit: number): number {
  let cursor = s.packed === 0 ? 1 : s.regions[s.packed - 1]!.start + s.regions[s.packed - 1]!.pages;
  for (let i = s.packed; i < s.regions.length; i++) {
    const r = s.regions[i]!;
    if (r.start - cursor >= pages) return cursor;
    cursor = r.start + r.pages;
  }
  return limit - cursor >= pages ? cursor : -1;
}

export function insertRegion(s: AddressSpace, r: Region): void {
  let i = s.regions.length;
  while (i > 0 && s.regions[i - 1]!.start > r.start) i--;
  s.regions.splice(i, 0, r);
  // Recount the gap-free prefix from where it may have grown.
  let p = Math.min(s.packed, i);
  let end = p === 0 ? 1 : s.regions[p - 1]!.start + s.regions[p - 1]!.pages;
  while (p < s.regions.length && s.regions[p]!.start === end) {
    end += s.regions[p]!.pages;
    p++;
  }
  s.packed = p;
}

export function removeRegion(s: AddressSpace, index: number): void {
  s.regions.splice(index, 1);
  s.packed = Math.min(s.packed, index);
}

/** The frame holding page i of r, -1 when it is in swap. */
export function frameOfPage(m: MemoryState, r: Region, i: number): number {
  if (r.slot[i]! >= 0) return -1;
  const f = r.frame[i]!;
  if (f >= 0 || r.share < 0) return f;
  return m.shares.get(r.share)!.frames[i]!;
}

export interface PageTableRow {
  vpn: number;
  frame: number | null;
  swapSlot: number | null;
  /** PTE bits; REFERENCED and DIRTY come from the frame */
  flags: number;
  type: MemoryType;
}

/** Every mapped page of `pid`, by VPN, for the page-table viewer. */
export function pageTableOf(m: MemoryState, pid: number): PageTableRow[] {
  const rows: PageTableRow[] = [];
  for (const r of m.spaces.get(pid)?.regions ?? []) {
    const type = MEMORY_TYPES[r.type]!;
    const base = PTE.VALID | r.prot | (PINNED_TYPE[r.type] ? PTE.PINNED : 0);
    for (let i = 0; i < r.pages; i++) {
      const f = frameOfPage(m, r, i);
      const slot = r.slot[i]!;
      const flags = f >= 0 ? base | PTE.PRESENT | m.bits[f]! : base;
      rows.push({ vpn: r.start + i, frame: f >= 0 ? f : null, swapSlot: slot >= 0 ? slot : null, flags, type });
    }
  }
  return rows;
}
