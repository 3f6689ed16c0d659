import { deepCopy } from '../deepCopy';
import { largestRun } from './freeRuns';
import { findVirtualRange, insertRegion, spaceOf } from './pageTable';
import { fillFrame, isEvictable, markFrames } from './physical';
import { chooseHole } from './placement';
import { PLACEMENT_MODULES } from './placements/registry';
import { limitExcess, POOL_OF_TYPE, type LimitRefusal } from './pools';
import { mapShare } from './share';
import type { MemoryState, Region } from './state';
import { evictOne } from './swap';
import { MEMORY_TYPES, PTE, type MemoryType } from './types';

export interface Protection {
  read: boolean;
  write: boolean;
  execute: boolean;
}

export interface AllocateOptions {
  /** default read and write, no execute */
  protection?: Protection;
  /** processes allocating with the same key map the same frames (refcounted) */
  shareKey?: string;
  /** the tick at which the pages are loaded, for the replacement policy; default the latest tick seen */
  tick?: number;
}

export type AllocateResult = { ok: true; address: number; pages: number } | LimitRefusal;

/**
 * Reserves the lowest free virtual range of `pid` for `bytes` and places every page in a frame now.
 * Order of checks: the request itself, the address space, then limits and placement (placeFrames). A
 * refusal changes nothing but the pool's refusal count.
 */
export function allocate(
  m: MemoryState,
  pid: number,
  bytes: number,
  type: MemoryType,
  opts: AllocateOptions = {},
): AllocateResult {
  const t = MEMORY_TYPES.indexOf(type);
  if (!Number.isSafeInteger(pid) || pid < 0) return refuse('pid', `pid must be an integer ≥ 0 (got ${pid})`);
  if (!Number.isSafeInteger(bytes) || bytes < 1) return refuse('bytes', `bytes must be an integer ≥ 1 (got ${bytes})`);
  if (t < 0) return refuse('type', `type must be one of ${MEMORY_TYPES.join(', ')} (got ${String(type)})`);
  if (opts.tick !== undefined && opts.tick > m.tick) m.tick = opts.tick;
  const prot = protBits(opts.protection);
  if (opts.shareKey !== undefined && m.shareIds.has(opts.shareKey))
    return mapShare(m, pid, opts.shareKey, bytes, t, prot);
  const pages = Math.ceil(bytes / m.pageSize);
  const start = findVirtualRange(m.spaces.get(pid) ?? { regions: [], packed: 0 }, pages, m.virtualPages);
  if (start < 0)
    return refuse(
      'virtualBits',
      `process ${pid} has no free range of ${pages} pages in its ${m.config.virtualBits}-bit address space`,
    );
  const frames = placeFrames(m, pages, t);
  if (!(frames instanceof Int32Array)) {
    if (frames.limit.startsWith('pools.') || frames.limit.startsWith('constraints.'))
      m.poolRefusals[POOL_OF_TYPE[t]!]!++;
    return frames;
  }

  let share = -1;
  if (opts.shareKey !== undefined) {
    share = m.nextShare++;
    m.shares.set(share, { id: share, key: opts.shareKey, type: t, pages, bytes, frames, users: [pid] });
    m.shareIds.set(opts.shareKey, share);
  }
  const region: Region = {
    start,
    pages,
    bytes,
    type: t,
    prot,
    share,
    frame: new Int32Array(pages).fill(-1),
    slot: new Int32Array(pages).fill(-1),
  };
  for (let i = 0; i < pages; i++) {
    // A new page is zero-filled and clean: until written it matches what a load would bring.
    fillFrame(m, frames[i]!, pid, start + i, t, share, 0, 0);
    if (share < 0) region.frame[i] = frames[i]!;
  }
  markFrames(m, frames, false);
  insertRegion(spaceOf(m, pid), region);
  m.poolAllocations[POOL_OF_TYPE[t]!]!++;
  m.requestedBytes += bytes;
  m.allocatedPages += pages;
  return { ok: true, address: start * m.pageSize, pages };
}

/**
 * Frames for `pages` new pages of type t, or why not. Swapping fixes shortage and compaction fixes
 * fragmentation; neither stands in for the other:
 * - the type's pool or a constraint over it would be passed: swap out the excess from the same pool
 *   (local replacement) — refused, naming the limit, when too few of its pages can be swapped out
 *   (pinned types never can);
 * - fewer frames free than needed: swap out just enough unpinned, unshared pages of any pool, victims
 *   chosen by the replacement policy — refused when too few can be swapped out or swap lacks the slots;
 * - a contiguous placement then needs one hole of `pages` frames: when none exists the allocation is
 *   refused, naming the largest hole and suggesting compaction. Swapping for it is tried on a copy first,
 *   so that refusal leaves nothing swapped out.
 */
function placeFrames(m: MemoryState, pages: number, t: number): Int32Array | LimitRefusal {
  const placement = PLACEMENT_MODULES[m.config.placement];
  const { excess, refusal } = limitExcess(m, t, pages);
  const swapping = excess > 0 || m.free < pages;
  if (placement.kind === 'frames')
    return (swapping ? makeRoom(m, pages, t, excess, refusal) : null) ?? placement.frames(m, pages);
  let hole = swapping ? null : chooseHole(m, pages, placement);
  if (!hole && !swapping) return fragmented(m, pages, 0);
  let target = m;
  if (!hole) {
    // Refused before anything is swapped out (the usual case for a process waiting for memory): no copy.
    const stop = roomRefusal(m, pages, t, excess, refusal);
    if (stop) return stop;
    target = deepCopy(m);
    const swappedBefore = target.counters.swapOuts;
    evict(target, pages, t, excess);
    hole = chooseHole(target, pages, placement);
    if (!hole) return fragmented(target, pages, target.counters.swapOuts - swappedBefore);
    Object.assign(m, target);
  }
  m.rover = (hole.start + pages) % m.frames;
  const frames = new Int32Array(pages);
  for (let i = 0; i < pages; i++) frames[i] = hole.start + i;
  return frames;
}

/** Swaps out `excess` pages of t's pool, then enough of any pool for `pages` free frames; refuses first, touching nothing, when that cannot be done. */
function makeRoom(
  m: MemoryState,
  pages: number,
  t: number,
  excess: number,
  limited: LimitRefusal | null,
): LimitRefusal | null {
  const stop = roomRefusal(m, pages, t, excess, limited);
  if (!stop) evict(m, pages, t, excess);
  return stop;
}

/** Why makeRoom cannot make room for `pages` frames of type t, or null; reads `m` only. */
function roomRefusal(
  m: MemoryState,
  pages: number,
  t: number,
  excess: number,
  limited: LimitRefusal | null,
): LimitRefusal | null {
  const pool = POOL_OF_TYPE[t]!;
  const slots = m.swap.slots - m.swap.used;
  if (excess > 0 && limited) {
    let own = 0;
    for (let f = 0; f < m.frames; f++) if (isEvictable(m, f) && POOL_OF_TYPE[m.type[f]!] === pool) own++;
    if (own < excess || slots < excess) {
      const why = own < excess ? `only ${own} of its frames can be swapped out` : `swap has ${slots} free slots`;
      return { ...limited, message: `${limited.message}; ${excess} would have to be swapped out, but ${why}` };
    }
  }
  const short = Math.max(0, pages - m.free - excess);
  const evictable = m.frames - m.free - m.locked - excess;
  if (evictable < short) {
    const free = excess > 0 ? `${m.free + excess} free once ${excess} of its pool are swapped out` : `${m.free} free`;
    return refuse(
      'physicalBytes',
      `out of memory: ${pages} frames needed, ${free}, and only ${evictable} hold pages that can be swapped out (pinned and shared pages stay)`,
    );
  }
  if (slots < excess + short) {
    return refuse(
      'swapBytes',
      `out of memory: ${excess + short} pages would have to be swapped out, but swap has ${slots} free slots`,
    );
  }
  return null;
}

/** Swaps out `excess` pages of t's pool, then enough of any pool for `pages` free frames (roomRefusal found none). */
function evict(m: MemoryState, pages: number, t: number, excess: number): void {
  const short = Math.max(0, pages - m.free - excess);
  for (let i = 0; i < excess; i++) evictOne(m, POOL_OF_TYPE[t]!);
  for (let i = 0; i < short; i++) evictOne(m, -1);
}

function fragmented(m: MemoryState, pages: number, swapped: number): LimitRefusal {
  const lead =
    swapped > 0
      ? `swapping out ${swapped} pages would free ${m.free} frames, but there is`
      : `${m.free} frames are free, but there is`;
  return refuse(
    'placement',
    `${lead} no run of ${pages} free frames for ${m.config.placement}: the largest is ${largestRun(m.runs)}; compaction would help`,
  );
}

function refuse(limit: string, message: string): LimitRefusal {
  return { ok: false, limit, message };
}

function protBits(p: Protection | undefined): number {
  if (!p) return PTE.READ | PTE.WRITE;
  return (p.read ? PTE.READ : 0) | (p.write ? PTE.WRITE : 0) | (p.execute ? PTE.EXECUTE : 0);
}
