import { regionIndex, removeRegion } from './pageTable';
import { clearFrame, markFrames } from './physical';
import { reownShare } from './share';
import type { MemoryState } from './state';
import { releaseSlot } from './swap';
import { tlbDrop } from './tlb';

export type DeallocateResult = { ok: true; pages: number } | { ok: false; message: string };

/** Frees the allocation that starts at `address` (what allocate returned). */
export function deallocate(m: MemoryState, pid: number, address: number): DeallocateResult {
  const space = m.spaces.get(pid);
  const vpn = address / m.pageSize;
  const index = space && Number.isSafeInteger(vpn) ? regionIndex(space.regions, vpn) : -1;
  if (!space || index < 0 || space.regions[index]!.start !== vpn) {
    return { ok: false, message: `process ${pid} has no allocation starting at address ${address}` };
  }
  const pages = space.regions[index]!.pages;
  unmapRegion(m, pid, index);
  return { ok: true, pages };
}

/** Frees everything `pid` holds; returns the frames that became free (shared ones only with their last user). */
export function freeProcess(m: MemoryState, pid: number): number {
  const space = m.spaces.get(pid);
  m.awaited.delete(pid);
  let freed = 0;
  for (let i = (space?.regions.length ?? 0) - 1; i >= 0; i--) freed += unmapRegion(m, pid, i);
  return freed;
}

/**
 * Unmaps region `index` of `pid`: its frames and swap slots are freed, its TLB entries dropped. A shared
 * region releases its refcount; the shared frames go with the last user. Returns frames freed.
 */
function unmapRegion(m: MemoryState, pid: number, index: number): number {
  const space = m.spaces.get(pid)!;
  const r = space.regions[index]!;
  const end = r.start + r.pages;
  tlbDrop(m.tlb, (i) => m.tlb.asid[i] === pid && m.tlb.vpn[i]! >= r.start && m.tlb.vpn[i]! < end);
  const freed: number[] = [];
  for (let i = 0; i < r.pages; i++) {
    if (r.slot[i]! >= 0) {
      releaseSlot(m.swap, r.slot[i]!);
    } else if (r.frame[i]! >= 0) {
      clearFrame(m, r.frame[i]!);
      freed.push(r.frame[i]!);
    }
  }
  removeRegion(space, index);
  if (space.regions.length === 0) m.spaces.delete(pid);
  if (r.share < 0) {
    charge(m, -r.pages, -r.bytes);
  } else {
    const share = m.shares.get(r.share)!;
    const wasOwner = share.users[0] === pid;
    share.users.splice(share.users.indexOf(pid), 1);
    if (share.users.length === 0) {
      for (let k = 0; k < share.pages; k++) {
        clearFrame(m, share.frames[k]!);
        freed.push(share.frames[k]!);
      }
      m.shares.delete(share.id);
      m.shareIds.delete(share.key);
      charge(m, -share.pages, -share.bytes);
    } else if (wasOwner) {
      reownShare(m, share);
    }
  }
  markFrames(m, freed, true);
  return freed.length;
}

/** Requested bytes and the pages holding them, for efficiency and internal fragmentation. */
function charge(m: MemoryState, pages: number, bytes: number): void {
  m.allocatedPages += pages;
  m.requestedBytes += bytes;
}
