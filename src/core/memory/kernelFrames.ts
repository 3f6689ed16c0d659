import { allocate } from './allocate';
import { deallocate } from './deallocate';
import { findRegion } from './pageTable';
import { KERNEL_PID } from './physical';
import { CONSTRAINTS, framesOf, POOL_OF_TYPE, poolPagesOf, type LimitRefusal } from './pools';
import type { MemoryState } from './state';
import { MEMORY_TYPE_INFO, MEMORY_TYPES, type MemoryType } from './types';

/** What the kernel may hold frames of for itself: the page cache's blocks (CACHE) and models' weights (AI_MODEL). */
export type KernelMemoryType = Extract<MemoryType, 'CACHE' | 'AI_MODEL'>;

/**
 * Frames for the kernel's `holder` ("page cache", "model llama-7b"): one region of `bytes` of `type` in the
 * kernel's own address space (KERNEL_PID), counted in its pool and in memory's statistics like any allocation.
 * `freeOnly`: only frames free now, never a process's page swapped out for it (the page cache grows that way); else
 * as any allocation, within the type's pool and constraints, swapping unpinned pages out when frames are short.
 * A refusal changes nothing but the pool's refusal count, and names the limit.
 */
export function takeKernelFrames(
  m: MemoryState,
  holder: string,
  bytes: number,
  type: KernelMemoryType,
  freeOnly: boolean,
): { ok: true; pages: number } | LimitRefusal {
  const pages = Math.ceil(bytes / m.pageSize);
  if (freeOnly && m.free < pages)
    return { ok: false, limit: 'physicalBytes', message: `${pages} frames needed, ${m.free} free` };
  const r = allocate(m, KERNEL_PID, bytes, type);
  if (!r.ok) return r;
  const held = m.kernelHeld.get(holder);
  if (held) held.push(r.address / m.pageSize);
  else m.kernelHeld.set(holder, [r.address / m.pageSize]);
  return { ok: true, pages: r.pages };
}

/** How many more frames of a type its pool and the constraints over it allow, and the tightest of those limits. */
export interface Headroom {
  frames: number;
  /** e.g. "constraints.aiModels", "pools.aiModels"; null for general memory (no limit but physical memory) */
  limit: string | null;
  label: string;
  limitFrames: number;
  /** in words: "AI models allow 15 frames (constraints.aiModels) and 4 are left" */
  text: string;
}

/** The room `type` has left under its pool and constraints (frames held now; swapping cannot free pinned ones). */
export function kernelHeadroom(m: MemoryState, type: KernelMemoryType): Headroom {
  const pool = MEMORY_TYPE_INFO[type].pool;
  if (pool === null)
    return withText({ frames: m.frames, limit: null, label: 'physical memory', limitFrames: m.frames });
  const allowed = framesOf(m, m.config.pools[pool]);
  let best: Omit<Headroom, 'text'> = {
    frames: allowed - m.poolPages[POOL_OF_TYPE[MEMORY_TYPES.indexOf(type)]!]!,
    limit: `pools.${pool}`,
    label: `the ${pool} pool`,
    limitFrames: allowed,
  };
  for (const c of CONSTRAINTS) {
    if (!c.pools.includes(pool)) continue;
    const cap = framesOf(m, m.config.constraints[c.name]);
    const left = cap - poolPagesOf(m, c.pools);
    if (left < best.frames) best = { frames: left, limit: `constraints.${c.name}`, label: c.label, limitFrames: cap };
  }
  return withText(best);
}

function withText(room: Omit<Headroom, 'text'>): Headroom {
  const verb = room.label.startsWith('the ') ? 'allows' : 'allow';
  const where = room.limit === null ? '' : ` (${room.limit})`;
  return { ...room, text: `${room.label} ${verb} ${room.limitFrames} frames${where} and ${room.frames} are left` };
}

/** Gives back the region `holder` took last; the frames it freed (0 when it holds none). */
export function releaseKernelFrames(m: MemoryState, holder: string): number {
  const held = m.kernelHeld.get(holder);
  const start = held?.pop();
  if (held === undefined || start === undefined) return 0;
  if (held.length === 0) m.kernelHeld.delete(holder);
  const done = deallocate(m, KERNEL_PID, start * m.pageSize);
  if (!done.ok) throw new Error(`internal: the kernel's region at page ${start} is gone: ${done.message}`);
  return done.pages;
}

/** One region the kernel holds, for the views: which holder, and its pages in the kernel's address space. */
export interface KernelRegion {
  holder: string;
  start: number;
  pages: number;
}

/** Every region the kernel holds, by first page. */
export function kernelRegions(m: MemoryState): KernelRegion[] {
  const regions = m.spaces.get(KERNEL_PID)?.regions ?? [];
  const holderAt = new Map<number, string>();
  for (const [holder, starts] of m.kernelHeld) for (const s of starts) holderAt.set(s, holder);
  return regions.map((r) => ({ holder: holderAt.get(r.start) ?? '', start: r.start, pages: r.pages }));
}

/** Frames the kernel's `holder` holds now. */
export function kernelPagesOf(m: MemoryState, holder: string): number {
  let pages = 0;
  for (const start of m.kernelHeld.get(holder) ?? []) pages += findRegion(m, KERNEL_PID, start)?.pages ?? 0;
  return pages;
}

/** Broken rules of the kernel's holdings: every region has exactly one holder, every page is in a frame. */
export function kernelInvariants(m: MemoryState): string[] {
  const bad: string[] = [];
  const regions = m.spaces.get(KERNEL_PID)?.regions ?? [];
  const starts = [...m.kernelHeld.values()].flat();
  if (starts.length !== regions.length || new Set(starts).size !== starts.length)
    bad.push(`the kernel holds ${regions.length} regions, its holders list ${starts.length}`);
  for (const r of regions) {
    if (!starts.includes(r.start)) bad.push(`the kernel's region at page ${r.start} has no holder`);
    for (let i = 0; i < r.pages; i++)
      if (r.frame[i]! < 0) bad.push(`page ${r.start + i} of the kernel is not in a frame (it must never be swapped)`);
  }
  return bad;
}
