import { kernelMemory } from '../../kernel/kernelMemory';
import type { SimState } from '../../kernel/state';
import type { Reclaim } from '../../kernel/subsystem';
import type { CacheRoom } from '../pageCache';
import { shrinkTo } from '../pageCache';
import { queueOnDevice } from './fileRequests';
import type { FsRun } from './state';

/** The holder name of the page cache's frames in memory (the grid's label). */
export const PAGE_CACHE_HOLDER = 'page cache';

/**
 * Frames that hold `blocks` cached blocks: one frame per page of their bytes, ceil(blocks × blockSize ÷ pageSize)
 * (several small blocks share a frame; a block larger than a page takes several). Which block sits in which frame
 * is not modelled: the cache's frames are interchangeable.
 */
export function framesForBlocks(blocks: number, blockSize: number, pageSize: number): number {
  return Math.ceil((blocks * blockSize) / pageSize);
}

/** The blocks `frames` frames hold. */
function blocksInFrames(frames: number, blockSize: number, pageSize: number): number {
  return Math.floor((frames * pageSize) / blockSize);
}

/**
 * The page cache's room in memory when the scenario has memory: it grows a frame at a time, taking only free
 * frames (never a process's page); undefined without memory, when the cache is counts of its own.
 */
export function cacheRoom(st: SimState, run: FsRun): CacheRoom | undefined {
  const memory = kernelMemory(st);
  if (!memory) return undefined;
  const pageSize = memory.pageSize(st);
  const blockSize = run.fs.geometry.blockSize;
  return (blocks) => {
    while (framesForBlocks(blocks, blockSize, pageSize) > run.cacheFrames) {
      if (memory.take(st, PAGE_CACHE_HOLDER, pageSize, 'CACHE', true, null).ok) run.cacheFrames++;
      else {
        // A block larger than a page may have got some of its frames: they go back with it.
        releaseSpareFrames(st, run);
        return false;
      }
    }
    return true;
  };
}

/** Gives back the frames the cache no longer needs (after blocks were freed by rm or truncate). */
export function releaseSpareFrames(st: SimState, run: FsRun): void {
  const memory = kernelMemory(st);
  if (!memory) return;
  const need = framesForBlocks(run.cache.entries.size, run.fs.geometry.blockSize, memory.pageSize(st));
  while (run.cacheFrames > need) {
    memory.release(st, PAGE_CACHE_HOLDER);
    run.cacheFrames--;
  }
}

/**
 * Memory is short: the page cache gives back up to `ask.frames` frames, dropping the blocks they held
 * (clean ones first; a dirty one is written back, the device busy with it). Narrated; returns the frames given back.
 */
export function reclaimCache(st: SimState, run: FsRun, ask: Reclaim): number {
  const memory = kernelMemory(st);
  if (!memory || run.cacheFrames === 0) return 0;
  const before = run.cacheFrames;
  const keep = Math.max(0, before - ask.frames);
  const writes: number[] = [];
  const dropped = shrinkTo(run.cache, blocksInFrames(keep, run.fs.geometry.blockSize, memory.pageSize(st)), writes);
  // A block larger than a page frees its frames together: the cache may give back more than it was asked.
  releaseSpareFrames(st, run);
  const give = before - run.cacheFrames;
  const written = queueOnDevice(
    st,
    run,
    null,
    { kind: 'write', path: '(dirty blocks of the shrinking page cache)' },
    dropped.dirty,
    { reads: [], writes },
  );
  run.version++;
  st.events.push({
    tick: st.now,
    kind: 'cacheShrink',
    blocks: dropped.dropped,
    dirty: dropped.dirty,
    frames: give,
    forPid: ask.pid,
    pages: ask.pages,
    hole: ask.hole,
    until: written?.end ?? null,
  });
  return give;
}

/**
 * Broken rules of the page cache in memory: it holds exactly the frames its blocks need, never more blocks than its
 * bound, and memory agrees on its frames.
 */
export function cacheMemoryInvariants(st: SimState, run: FsRun): string[] {
  const memory = kernelMemory(st);
  if (!memory) return run.cacheFrames === 0 ? [] : [`the page cache holds ${run.cacheFrames} frames without memory`];
  const bad: string[] = [];
  const blocks = run.cache.entries.size;
  const need = framesForBlocks(blocks, run.fs.geometry.blockSize, memory.pageSize(st));
  if (blocks > run.cache.capacity)
    bad.push(`the page cache holds ${blocks} blocks, over its bound ${run.cache.capacity}`);
  if (run.cacheFrames !== need)
    bad.push(`the page cache holds ${run.cacheFrames} frames for ${blocks} blocks (${need})`);
  const held = memory.held(st, PAGE_CACHE_HOLDER);
  if (held !== run.cacheFrames)
    bad.push(`memory gives the page cache ${held} frames, the cache counts ${run.cacheFrames}`);
  return bad;
}
