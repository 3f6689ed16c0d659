import { reclaimFrames } from '../../kernel/kernelMemory';
import type { SimState } from '../../kernel/state';
import type { KernelMemory } from '../../kernel/subsystem';
import type { AllocateResult } from '../allocate';
import { kernelHeadroom, kernelPagesOf, releaseKernelFrames, takeKernelFrames } from '../kernelFrames';
import { writeWouldCopy } from '../share';
import type { Access } from '../types';
import { allocateCompacting } from './compacting';
import { memoryRun, memoryShapeChanged } from './samples';

/**
 * Memory is about to place `pages` new pages for `pid`: the caches give back the frames that are missing first,
 * so nothing is swapped out while a cache holds frames.
 */
export function reclaimBefore(st: SimState, pid: number | null, pages: number): void {
  const short = pages - memoryRun(st).memory.free;
  if (short > 0) reclaimFrames(st, { frames: short, pid, pages, hole: false });
}

/**
 * A write about to copy a shared page (copy-on-write) takes a frame as a page-in does: the caches give theirs back
 * first, so nothing is swapped out for the copy while a cache holds frames.
 */
export function reclaimBeforeCopy(st: SimState, pid: number, address: number, access: Access): void {
  if (access === 'write' && writeWouldCopy(memoryRun(st).memory, pid, address)) reclaimBefore(st, pid, 1);
}

/**
 * An allocation for `pid` (admission, an allocate operation): the caches give back missing frames first, then
 * `allocate` runs (compacting when the config asks). Refused for fragmentation alone while a cache still holds
 * frames, the caches give back every frame and it is tried once more: scattered cache frames may split the hole.
 */
export function allocateReclaiming(
  st: SimState,
  pid: number,
  bytes: number,
  pages: number,
  allocate: () => AllocateResult,
): AllocateResult {
  reclaimBefore(st, pid, pages);
  const first = allocateCompacting(st, pid, bytes, allocate);
  if (first.ok || first.limit !== 'placement') return first;
  const all = memoryRun(st).memory.frames;
  return reclaimFrames(st, { frames: all, pid, pages, hole: true }) > 0
    ? allocateCompacting(st, pid, bytes, allocate)
    : first;
}

/** Memory management's offer of frames for the kernel's own use (the page cache, models' weights). */
export const memoryForKernel: KernelMemory = {
  pageSize: (st) => memoryRun(st).memory.pageSize,
  take: (st, holder, bytes, type, freeOnly, forPid) => {
    const run = memoryRun(st);
    const pages = Math.ceil(bytes / run.memory.pageSize);
    // Past its pool's room nothing can help (the kernel's frames are never swapped): the caches keep theirs.
    const room = kernelHeadroom(run.memory, type);
    if (room.frames < pages) return { ok: false, message: `${pages} frames needed; ${room.text}` };
    if (!freeOnly) reclaimBefore(st, forPid, pages);
    const r = takeKernelFrames(run.memory, holder, bytes, type, freeOnly);
    if (r.ok) memoryShapeChanged(st, run);
    return r;
  },
  release: (st, holder) => {
    const run = memoryRun(st);
    const freed = releaseKernelFrames(run.memory, holder);
    if (freed > 0) memoryShapeChanged(st, run);
    return freed;
  },
  held: (st, holder) => kernelPagesOf(memoryRun(st).memory, holder),
  headroom: (st, type) => kernelHeadroom(memoryRun(st).memory, type),
};
