import { findRegion, frameOfPage } from './pageTable';
import { translateFast } from './mmu';
import type { MemoryState } from './state';

/**
 * Each page carries a content tag in its frame or swap slot, standing for its bytes: tests write tags and
 * read them back to prove that swapping, compaction and copy-on-write keep contents.
 */
export function readTag(m: MemoryState, pid: number, va: number): number | null {
  if (!Number.isSafeInteger(va) || va < 0) return null;
  const vpn = Math.floor(va / m.pageSize);
  const r = findRegion(m, pid, vpn);
  if (!r) return null;
  const slot = r.slot[vpn - r.start]!;
  return slot >= 0 ? m.swap.tag[slot]! : m.tag[frameOfPage(m, r, vpn - r.start)]!;
}

/**
 * Writes a tag as a write access would (a translation at the latest tick: it marks the page dirty, and a
 * shared copy-on-write page is copied first). False when that access faults (unmapped, read-only, swapped).
 */
export function writeTag(m: MemoryState, pid: number, va: number, tag: number): boolean {
  const pa = translateFast(m, pid, va, 'write', m.tick);
  if (pa < 0) return false;
  m.tag[Math.floor(pa / m.pageSize)] = tag;
  return true;
}
