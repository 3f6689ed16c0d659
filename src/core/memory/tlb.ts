import type { Tlb } from './state';

/**
 * A fully associative TLB of (asid, vpn) → (frame, permissions), replaced least recently used. In 'flush'
 * mode the asid is still stored — it is always the current pid because every switch empties the TLB.
 */
export function createTlb(entries: number): Tlb {
  return {
    asid: new Int32Array(entries).fill(-1),
    vpn: new Int32Array(entries).fill(-1),
    frame: new Int32Array(entries).fill(-1),
    perm: new Uint8Array(entries),
    used: new Float64Array(entries),
    clock: 0,
  };
}

/** The entry index caching (asid, vpn), or -1. */
export function tlbFind(t: Tlb, asid: number, vpn: number): number {
  const n = t.vpn.length;
  for (let i = 0; i < n; i++) if (t.vpn[i] === vpn && t.asid[i] === asid) return i;
  return -1;
}

/** Caches a translation in the entry already holding (asid, vpn), else an empty one, else the LRU one. */
export function tlbFill(t: Tlb, asid: number, vpn: number, frame: number, perm: number): void {
  const n = t.vpn.length;
  if (n === 0) return;
  let at = tlbFind(t, asid, vpn);
  if (at < 0) {
    at = 0;
    for (let i = 0; i < n; i++) {
      if (t.asid[i] === -1) {
        at = i;
        break;
      }
      if (t.used[i]! < t.used[at]!) at = i;
    }
  }
  t.asid[at] = asid;
  t.vpn[at] = vpn;
  t.frame[at] = frame;
  t.perm[at] = perm;
  t.used[at] = ++t.clock;
}

export function tlbFlush(t: Tlb): void {
  t.asid.fill(-1);
  t.vpn.fill(-1);
  t.frame.fill(-1);
}

/** Drops entries for which `stale(i)` holds (a page left its frame, a range was unmapped). */
export function tlbDrop(t: Tlb, stale: (i: number) => boolean): void {
  for (let i = 0; i < t.vpn.length; i++) {
    if (t.asid[i] !== -1 && stale(i)) {
      t.asid[i] = -1;
      t.vpn[i] = -1;
      t.frame[i] = -1;
    }
  }
}

export function tlbDropFrame(t: Tlb, frame: number): void {
  tlbDrop(t, (i) => t.frame[i] === frame);
}
