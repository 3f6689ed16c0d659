import { nextFree } from './freeRuns';
import { findRegion } from './pageTable';
import { clearFrame, fillFrame, isEvictable, markFrames, policyOf } from './physical';
import { limitRefusal, POOL_OF_TYPE } from './pools';
import type { MemoryState, SwapSpace } from './state';
import { tlbDropFrame } from './tlb';
import { PTE, type TranslationStep } from './types';

export interface SwapVictim {
  pid: number;
  vpn: number;
  dirty: boolean;
  /** the replacement policy's reason, e.g. "least recently used (last used at 12)" */
  reason: string;
}

export type SwapInResult =
  | { ok: true; cost: number; frame: number; victim?: SwapVictim; steps: TranslationStep[] }
  /** `holder`: every frame that could take the page holds one that process was given and has not used yet */
  | { ok: false; message: string; holder?: number };

export function createSwap(slots: number): SwapSpace {
  return {
    slots,
    used: 0,
    owner: new Int32Array(slots).fill(-1),
    vpn: new Int32Array(slots).fill(-1),
    type: new Uint8Array(slots).fill(255),
    tag: new Float64Array(slots),
    hint: 0,
  };
}

/** The lowest free slot, now taken; -1 when swap is full. */
function takeSlot(sw: SwapSpace): number {
  for (let s = sw.hint; s < sw.slots; s++) {
    if (sw.owner[s] === -1) {
      sw.hint = s + 1;
      sw.used++;
      return s;
    }
  }
  sw.hint = sw.slots;
  return -1;
}

export function releaseSlot(sw: SwapSpace, s: number): void {
  sw.owner[s] = -1;
  sw.vpn[s] = -1;
  sw.type[s] = 255;
  sw.tag[s] = 0;
  sw.used--;
  if (s < sw.hint) sw.hint = s;
}

/**
 * Moves the page in frame f to a free swap slot (the caller made sure one exists). A dirty page is
 * written back (swapOutTicks); a clean one already matches what was loaded (or is a never-written
 * zero-filled page), so only the bookkeeping moves. A page is never in a frame and a slot at once.
 */
export function evictFrame(m: MemoryState, f: number, reason: string): SwapVictim {
  const pid = m.owner[f]!;
  const vpn = m.vpn[f]!;
  const r = findRegion(m, pid, vpn)!;
  const slot = takeSlot(m.swap);
  m.swap.owner[slot] = pid;
  m.swap.vpn[slot] = vpn;
  m.swap.type[slot] = m.type[f]!;
  m.swap.tag[slot] = m.tag[f]!;
  const dirty = (m.bits[f]! & PTE.DIRTY) !== 0;
  r.frame[vpn - r.start] = -1;
  r.slot[vpn - r.start] = slot;
  tlbDropFrame(m.tlb, f);
  clearFrame(m, f);
  markFrames(m, [f], true);
  m.counters.swapOuts++;
  if (dirty) m.counters.writeBacks++;
  return { pid, vpn, dirty, reason };
}

/** Asks the replacement policy for a victim among unpinned, unshared pages (of `pool`, or any when -1) and swaps it out; null when none. */
export function evictOne(m: MemoryState, pool: number): SwapVictim | null {
  if (m.swap.used >= m.swap.slots) return null;
  const v = chooseVictim(m, evictableIn(m, pool), null);
  return v ? evictFrame(m, v.frame, v.reason) : null;
}

/**
 * The replacement policy's victim among `eligible` frames, passing over pages a blocked process is waiting for
 * (MemoryState.awaited). When only those are left, an allocation (`keeps` null) takes one; a page fault takes
 * none that `keeps` says must stay, so two processes cannot take one frame from each other for ever.
 */
function chooseVictim(m: MemoryState, eligible: (f: number) => boolean, keeps: ((pid: number) => boolean) | null) {
  const policy = policyOf(m);
  if (m.awaited.size === 0) return policy.chooseVictim(m.repl, eligible);
  const awaitedAt = (f: number): boolean => m.awaited.get(m.owner[f]!) === m.vpn[f];
  const other = policy.chooseVictim(m.repl, (f) => eligible(f) && !awaitedAt(f));
  if (other) return other;
  return policy.chooseVictim(m.repl, keeps ? (f) => eligible(f) && !keeps(m.owner[f]!) : eligible);
}

/**
 * A process whose awaited page is eligible and kept, or null. A scan, not the policy: asking the policy again
 * would move its hand or draw its random numbers.
 */
function holderOf(m: MemoryState, eligible: (f: number) => boolean, keeps: (pid: number) => boolean): number | null {
  for (const [pid, vpn] of m.awaited) {
    if (!keeps(pid)) continue;
    const r = findRegion(m, pid, vpn);
    const f = r ? r.frame[vpn - r.start]! : -1;
    if (f >= 0 && eligible(f)) return pid;
  }
  return null;
}

/** Unpinned, unshared frames of pool `pool` (or of any pool when -1). */
function evictableIn(m: MemoryState, pool: number): (f: number) => boolean {
  return pool < 0 ? (f) => isEvictable(m, f) : (f) => isEvictable(m, f) && POOL_OF_TYPE[m.type[f]!] === pool;
}

/**
 * Brings page `vpn` of `pid` back from swap into the lowest free frame, or into a victim's frame chosen
 * by the replacement policy when none is free. Cost in ticks: swapInTicks for the load, plus swapOutTicks
 * when the victim was dirty. The incoming page's slot is released first, so a full swap still takes the
 * victim. The loaded page is clean. When the page's pool or a constraint over it is full, the victim
 * comes from the same pool (local replacement), even if frames are free: the limits always hold. A page some
 * process was given and has not used yet stays when `keeps(that process)`: the result names it as `holder`.
 */
export function swapIn(
  m: MemoryState,
  pid: number,
  vpn: number,
  tick: number,
  keeps: ((pid: number) => boolean) | null = null,
): SwapInResult {
  m.tick = Math.max(m.tick, tick);
  const r = findRegion(m, pid, vpn);
  if (!r) return { ok: false, message: `process ${pid} has no page ${vpn}: nothing to swap in` };
  const i = vpn - r.start;
  const slot = r.slot[i]!;
  if (slot < 0) return { ok: false, message: `page ${vpn} of process ${pid} is already in memory` };
  const limited = limitRefusal(m, r.type, 1);
  let f = m.free > 0 && !limited ? nextFree(m.runs, 0, m.frames) : -1;
  let chosen = null;
  if (f < 0) {
    const eligible = evictableIn(m, limited ? POOL_OF_TYPE[r.type]! : -1);
    chosen = chooseVictim(m, eligible, keeps);
    const holder = chosen || !keeps ? null : holderOf(m, eligible, keeps);
    if (holder !== null)
      return {
        ok: false,
        holder,
        message: `the only page that could make room is one process ${holder} was given and has not used yet`,
      };
    if (!chosen && limited)
      return {
        ok: false,
        message: `${limited.message}, and no page of that pool can be swapped out: page ${vpn} of process ${pid} stays in swap`,
      };
    if (!chosen)
      return {
        ok: false,
        message: `no frame is free and every page in memory is pinned or shared: page ${vpn} of process ${pid} stays in swap`,
      };
  }
  const tag = m.swap.tag[slot]!;
  releaseSlot(m.swap, slot);
  r.slot[i] = -1;
  const victim = chosen ? evictFrame(m, chosen.frame, chosen.reason) : undefined;
  if (chosen) f = chosen.frame;
  r.frame[i] = f;
  fillFrame(m, f, pid, vpn, r.type, -1, tag, 0);
  markFrames(m, [f], false);
  m.counters.swapIns++;
  const cost = m.config.swapInTicks + (victim?.dirty ? m.config.swapOutTicks : 0);
  const step: TranslationStep = victim
    ? { step: 'swapIn', slot, frame: f, victim: { pid: victim.pid, vpn: victim.vpn, dirty: victim.dirty } }
    : { step: 'swapIn', slot, frame: f };
  return victim ? { ok: true, cost, frame: f, victim, steps: [step] } : { ok: true, cost, frame: f, steps: [step] };
}
