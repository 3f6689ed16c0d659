import { setRun } from './freeRuns';
import { POOL_OF_TYPE } from './pools';
import { replacementPolicy } from './replacement/registry';
import type { ReplacementPolicy } from './replacement/types';
import type { MemoryState } from './state';
import { MEMORY_TYPE_INFO, MEMORY_TYPES } from './types';

/** 255 in the frame table's type byte: the frame is free. */
export const NO_TYPE = 255;

/** Whether each memory type (by index) is pinned. */
export const PINNED_TYPE: readonly boolean[] = MEMORY_TYPES.map((t) => MEMORY_TYPE_INFO[t].pinned);

/** Access latency in ticks of each memory type, by index. */
export const LATENCY: readonly number[] = MEMORY_TYPES.map((t) => MEMORY_TYPE_INFO[t].latency);

export function policyOf(m: MemoryState): ReplacementPolicy {
  return replacementPolicy(m.config.replacement);
}

/**
 * The owner of the frames the kernel holds for itself (the page cache, models' weights): a pid no process can have
 * in the frame table's 32 bits, with an address space of its own so every frame still maps back to a page.
 */
export const KERNEL_PID = 0x7fffffff;

/**
 * Pinned pages, shared pages and the kernel's pages stay in memory; everything else may be swapped out. The kernel
 * gives its unpinned pages (the page cache) back by dropping them, never to swap (kernelFrames.ts).
 */
export function isLockedFrame(m: MemoryState, f: number): boolean {
  return PINNED_TYPE[m.type[f]!] === true || m.share[f]! >= 0 || m.owner[f] === KERNEL_PID;
}

export function isEvictable(m: MemoryState, f: number): boolean {
  return m.owner[f]! >= 0 && !isLockedFrame(m, f);
}

/**
 * Puts a page into a free frame's table entry and tells the replacement policy. The free-run tree is
 * the caller's (markFrames), so a run of frames updates it once.
 */
export function fillFrame(
  m: MemoryState,
  f: number,
  pid: number,
  vpn: number,
  type: number,
  share: number,
  tag: number,
  bits: number,
): void {
  m.owner[f] = pid;
  m.vpn[f] = vpn;
  m.type[f] = type;
  m.share[f] = share;
  m.tag[f] = tag;
  m.bits[f] = bits;
  m.free--;
  m.poolPages[POOL_OF_TYPE[type]!]!++;
  if (isLockedFrame(m, f)) m.locked++;
  policyOf(m).onLoad(m.repl, f, m.tick);
}

/** Empties a frame's table entry; the caller updates the free-run tree (markFrames). */
export function clearFrame(m: MemoryState, f: number): void {
  if (isLockedFrame(m, f)) m.locked--;
  m.poolPages[POOL_OF_TYPE[m.type[f]!]!]!--;
  m.owner[f] = -1;
  m.vpn[f] = -1;
  m.type[f] = NO_TYPE;
  m.share[f] = -1;
  m.tag[f] = 0;
  m.bits[f] = 0;
  m.free++;
  policyOf(m).onFree(m.repl, f);
}

/** Marks frames free or used in the free-run tree, one tree update per stretch of consecutive frames. */
export function markFrames(m: MemoryState, frames: ArrayLike<number>, free: boolean): void {
  let a = -1;
  let b = -1;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (f === b) {
      b++;
      continue;
    }
    if (a >= 0) setRun(m.runs, a, b, free);
    a = f;
    b = f + 1;
  }
  if (a >= 0) setRun(m.runs, a, b, free);
}
