import { firstFree, mark, nextFree } from './bitmap';
import type { FsState, InodeKind } from './types';

/**
 * Where a new inode and new data blocks go: the allocator's placement decision. The lowest free is vsfs's (a
 * plain bitmap scan); random probing is OSTEP's fsck.py's; FFS's puts a file near its directory
 * (ffsPlacement.ts).
 */
export interface Placement {
  /** a free inode for a new file or directory in directory `parent`, or -1 when there is none */
  inode(fs: FsState, parent: number, kind: InodeKind): number;
  /** `count` free blocks, distinct, for inode `inum`'s next blocks, or null when there are not that many */
  blocks(fs: FsState, inum: number, count: number): number[] | null;
  /**
   * Why `blocks` found none for inode `inum` when the refusal needs more words than "too few free blocks" (a
   * contiguous file with enough blocks free but no run to hold it); undefined for the plain words
   */
  noRoom?(fs: FsState, inum: number, count: number): string | undefined;
}

/**
 * Runs `pick` with `blocks` counted as taken (for a placement that picks one block at a time, and for a second
 * pick that must not take the first one's blocks); the bitmap is as it was afterwards.
 */
export function withTaken<T>(fs: FsState, blocks: readonly number[], pick: () => T): T {
  for (const b of blocks) mark(fs, 'blocks', b, 1);
  try {
    return pick();
  } finally {
    for (const b of blocks) mark(fs, 'blocks', b, 0);
  }
}

/** `count` blocks from a picker of one free block at a time (-1 when none is free). */
function oneByOne(fs: FsState, count: number, pick: (fs: FsState) => number): number[] | null {
  const picked: number[] = [];
  while (picked.length < count) {
    // The first pick has none taken to count: most are of one block, and need no closure.
    const b = picked.length === 0 ? pick(fs) : withTaken(fs, picked, () => pick(fs));
    if (b < 0) return null;
    picked.push(b);
  }
  return picked;
}

/** The `count` lowest free entries, in order, or null when there are not that many: one pass over the bitmap. */
function lowestFree(map: Uint8Array, count: number): number[] | null {
  const picked: number[] = [];
  for (let b = firstFree(map); picked.length < count; b = nextFree(map, b + 1)) {
    if (b < 0) return null;
    picked.push(b);
  }
  return picked;
}

export const LOWEST_FREE: Placement = {
  inode: (fs) => firstFree(fs.inodeBitmap),
  // The lowest free one, `count` times over: what picking one at a time with the earlier ones taken gives.
  blocks: (fs, _inum, count) => lowestFree(fs.dataBitmap, count),
};

/**
 * Random probing: draw an entry uniformly (`draw(n)` gives 0 … n − 1) until a free one comes up, as OSTEP's
 * fsck.py allocates; -1 at once when none is free, without a draw.
 */
export function randomProbe(draw: (n: number) => number): Placement {
  return {
    inode: (fs) => probeFree(fs.inodeBitmap, fs.used.inodes, draw),
    blocks: (fs, _inum, count) => oneByOne(fs, count, (f) => probeFree(f.dataBitmap, f.used.blocks, draw)),
  };
}

/** A free entry of a bitmap with `used` ones, drawn until one is free; -1 without a draw when none is. */
export function probeFree(map: Uint8Array, used: number, draw: (n: number) => number): number {
  if (used === map.length) return -1;
  for (;;) {
    const at = draw(map.length);
    if (map[at] === 0) return at;
  }
}
