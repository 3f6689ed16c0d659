/**
 * The page cache: disk blocks held in memory, least recently used out first. A read finds a block here (a hit)
 * or brings it in from the disk (a miss); under write-back a write only dirties the cached block, and the disk
 * gets it when it is evicted or synced, under write-through at once. Plain data: checkpoints copy it.
 */
export interface PageCache {
  capacity: number;
  writeBack: boolean;
  /**
   * disk block -> whether memory holds a newer copy than the disk, least recently used first: a Map keeps its
   * insertion order, so a use moves a block to the end and the first is the one to evict, each in O(1)
   */
  entries: Map<number, { dirty: boolean }>;
  stats: PageCacheStats;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  evictions: number;
  /** dirty blocks written to the disk (on eviction or sync) */
  writeBacks: number;
}

export function createPageCache(capacity: number, writeBack: boolean): PageCache {
  return {
    capacity,
    writeBack,
    entries: new Map(),
    stats: { hits: 0, misses: 0, evictions: 0, writeBacks: 0 },
  };
}

/** Makes room for one more block: the least recently used goes; it when it was dirty (the disk must take it), or -1. */
function evictOne(cache: PageCache): number {
  const [victim, e] = cache.entries.entries().next().value as [number, { dirty: boolean }];
  cache.entries.delete(victim);
  cache.stats.evictions++;
  if (e.dirty) cache.stats.writeBacks++;
  return e.dirty ? victim : -1;
}

/** `block` was used now: it becomes the most recently used. */
function touch(cache: PageCache, block: number, e: { dirty: boolean }): void {
  cache.entries.delete(block);
  cache.entries.set(block, e);
}

/** What one request did in the cache, in blocks: the disk moves `fromDisk + toDisk` of them. */
export interface CacheOutcome {
  hits: number;
  /** blocks read from the disk (misses) */
  fromDisk: number;
  /** blocks written to the disk: written through, or dirty ones evicted to make room */
  toDisk: number;
  /** the blocks read from the disk and written to it, by number, in the order the cache did it */
  read: number[];
  written: number[];
}

/**
 * Memory for the cache's blocks when the memory manager holds them: `room(n)` makes sure the cache holds frames
 * enough for `n` blocks, taking free frames only; false when memory has none free. Without it the cache holds up to
 * its capacity, as counts of its own.
 */
export type CacheRoom = (blocks: number) => boolean;

/**
 * Takes `block` into the cache, evicting as needed: down to its capacity, and down to the frames memory gives it.
 * Returns the dirty blocks the evictions wrote back, and whether the block is held (not when there is no frame).
 */
function admit(
  cache: PageCache,
  block: number,
  dirty: boolean,
  room?: CacheRoom,
): { written: number[]; held: boolean } {
  const written: number[] = [];
  if (cache.capacity === 0) return { written, held: false };
  const full = (): boolean =>
    cache.entries.size >= cache.capacity || (room !== undefined && !room(cache.entries.size + 1));
  while (full()) {
    if (cache.entries.size === 0) return { written, held: false };
    const victim = evictOne(cache);
    if (victim !== -1) written.push(victim);
  }
  cache.entries.set(block, { dirty });
  return { written, held: true };
}

/** A read of `blocks`: hits are served from memory, misses come from the disk and stay. */
export function readThrough(cache: PageCache, blocks: readonly number[], room?: CacheRoom): CacheOutcome {
  const out: CacheOutcome = { hits: 0, fromDisk: 0, toDisk: 0, read: [], written: [] };
  for (const b of blocks) {
    const e = cache.entries.get(b);
    if (e) {
      touch(cache, b, e);
      out.hits++;
      cache.stats.hits++;
      continue;
    }
    out.fromDisk++;
    out.read.push(b);
    cache.stats.misses++;
    const evicted = admit(cache, b, false, room).written;
    out.toDisk += evicted.length;
    out.written.push(...evicted);
  }
  return out;
}

/** A write of `blocks`: under write-back they become dirty in memory, under write-through they also go to the disk. */
export function writeInto(cache: PageCache, blocks: readonly number[], room?: CacheRoom): CacheOutcome {
  const out: CacheOutcome = { hits: 0, fromDisk: 0, toDisk: 0, read: [], written: [] };
  const dirty = cache.writeBack && cache.capacity > 0;
  for (const b of blocks) {
    const e = cache.entries.get(b);
    let held = true;
    if (e) {
      e.dirty ||= dirty;
      touch(cache, b, e);
    } else {
      const done = admit(cache, b, dirty, room);
      out.toDisk += done.written.length;
      out.written.push(...done.written);
      held = done.held;
    }
    // A block memory had no frame for goes to the disk at once, as under write-through.
    if (!dirty || !held) {
      out.toDisk++;
      out.written.push(b);
    }
  }
  return out;
}

/**
 * Drops blocks until `keep` are left, clean ones first (they cost nothing), least recently used first among each:
 * memory wants the frames back. Returns how many were dropped and how many of them were dirty (the disk must take
 * those, and `dirtyBlocks` gets their numbers).
 */
export function shrinkTo(
  cache: PageCache,
  keep: number,
  dirtyBlocks: number[] = [],
): { dropped: number; dirty: number } {
  let drop = Math.max(0, cache.entries.size - keep);
  const out = { dropped: drop, dirty: 0 };
  for (const clean of [true, false])
    for (const [b, e] of cache.entries) {
      if (drop === 0) break;
      if (e.dirty === clean) continue;
      // Deleting the entry being visited is safe in a Map's iteration.
      cache.entries.delete(b);
      cache.stats.evictions++;
      drop--;
      if (!clean) {
        out.dirty++;
        dirtyBlocks.push(b);
        cache.stats.writeBacks++;
      }
    }
  return out;
}

/** sync(): every dirty block to the disk; how many. `blocks` gets their numbers, least recently used first. */
export function flushAll(cache: PageCache, blocks: number[] = []): number {
  let written = 0;
  for (const [b, e] of cache.entries)
    if (e.dirty) {
      e.dirty = false;
      written++;
      blocks.push(b);
    }
  cache.stats.writeBacks += written;
  return written;
}

/** Drops blocks that no longer hold a file's data (freed by rm or truncate): they are never written back. */
export function forgetFreed(cache: PageCache, inUse: (block: number) => boolean): void {
  // Deleting the entry being visited is safe in a Map's iteration.
  for (const b of cache.entries.keys()) if (!inUse(b)) cache.entries.delete(b);
}

export function dirtyCount(cache: PageCache): number {
  let n = 0;
  for (const e of cache.entries.values()) if (e.dirty) n++;
  return n;
}
