import { nextFree } from './freeRuns';
import { findRegion, findVirtualRange, insertRegion, spaceOf } from './pageTable';
import { fillFrame, markFrames } from './physical';
import { limitRefusal, POOL_OF_TYPE, type LimitRefusal } from './pools';
import type { MemoryState, Region, Share } from './state';
import { evictOne } from './swap';
import { tlbDrop } from './tlb';
import { MEMORY_TYPES, PTE } from './types';

/**
 * Maps an existing shared mapping into `pid`'s address space: no new frames and no pool charge (the
 * frames were charged once, when the first user allocated them); the refcount grows by one.
 */
export function mapShare(
  m: MemoryState,
  pid: number,
  key: string,
  bytes: number,
  type: number,
  prot: number,
): { ok: true; address: number; pages: number } | LimitRefusal {
  const share = m.shares.get(m.shareIds.get(key)!)!;
  if (share.type !== type) {
    return {
      ok: false,
      limit: 'shareKey',
      message: `shareKey "${key}" maps ${MEMORY_TYPES[share.type]} pages, not ${MEMORY_TYPES[type]}`,
    };
  }
  if (share.bytes !== bytes) {
    return { ok: false, limit: 'shareKey', message: `shareKey "${key}" maps ${share.bytes} bytes, not ${bytes}` };
  }
  const start = findVirtualRange(m.spaces.get(pid) ?? { regions: [], packed: 0 }, share.pages, m.virtualPages);
  if (start < 0) {
    return {
      ok: false,
      limit: 'virtualBits',
      message: `process ${pid} has no free range of ${share.pages} pages in its ${m.config.virtualBits}-bit address space`,
    };
  }
  const region: Region = {
    start,
    pages: share.pages,
    bytes,
    type,
    prot,
    share: share.id,
    frame: new Int32Array(share.pages).fill(-1),
    slot: new Int32Array(share.pages).fill(-1),
  };
  insertRegion(spaceOf(m, pid), region);
  share.users.push(pid);
  // A user that cached write permission while alone must now fault into copy-on-write.
  if (m.config.copyOnWrite) tlbDrop(m.tlb, (i) => m.share[m.tlb.frame[i]!] === share.id);
  m.poolAllocations[POOL_OF_TYPE[type]!]!++;
  return { ok: true, address: start * m.pageSize, pages: share.pages };
}

/** Whether a write to page i of r must copy it first: copy-on-write is on and another process maps it. */
export function copyPending(m: MemoryState, r: Region, i: number): boolean {
  return (
    m.config.copyOnWrite &&
    r.share >= 0 &&
    r.frame[i]! < 0 &&
    r.slot[i]! < 0 &&
    m.shares.get(r.share)!.users.length >= 2
  );
}

/** Whether a write by `pid` at `va` would copy a shared page now (and so needs a free frame). */
export function writeWouldCopy(m: MemoryState, pid: number, va: number): boolean {
  const vpn = Math.floor(va / m.pageSize);
  const r = findRegion(m, pid, vpn);
  return r !== undefined && copyPending(m, r, vpn - r.start);
}

/**
 * Gives `pid` its own copy of shared page i of r before a write: a new frame (the lowest free one, or
 * one freed by swapping a victim out), within the type's pool. Returns the frame, or why not.
 */
export function copyOnWrite(m: MemoryState, pid: number, r: Region, i: number): number | string {
  const limited = limitRefusal(m, r.type, 1);
  if (limited) return limited.message;
  if (m.free === 0 && !evictOne(m, -1)) return 'no frame is free for the copy and none can be swapped out';
  const src = m.shares.get(r.share)!.frames[i]!;
  const f = nextFree(m.runs, 0, m.frames);
  fillFrame(m, f, pid, r.start + i, r.type, -1, m.tag[src]!, PTE.DIRTY);
  markFrames(m, [f], false);
  r.frame[i] = f;
  m.counters.copiesOnWrite++;
  return f;
}

/** The frames of the share's pages, re-owned by its first remaining user (after the owner unmapped it). */
export function reownShare(m: MemoryState, share: Share): void {
  const pid = share.users[0]!;
  const r = m.spaces.get(pid)!.regions.find((x) => x.share === share.id)!;
  for (let k = 0; k < share.pages; k++) {
    const f = share.frames[k]!;
    m.owner[f] = pid;
    m.vpn[f] = r.start + k;
  }
}
