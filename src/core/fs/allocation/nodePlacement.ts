import { mark, nextFree } from '../bitmap';
import type { Placement } from '../placement';
import type { FsState, Inode, NodeAllocationName } from '../types';
import type { Run } from './types';

/**
 * The node's file system under an allocation strategy: where a file's next blocks go, by the rules of the
 * comparison model's strategies (contiguous.ts, linked.ts, extents.ts), read here from the node's bitmap rather than
 * that model's free-run index. Indexed keeps the layout's own placement (vsfs's lowest free, FFS's groups); all
 * keep the layout's choice of inode.
 */

/** The last block of an inode (-1 for none, or no inode yet: a file being made). */
function lastOf(inode: Inode | null | undefined): number {
  const n = inode?.blocks.length ?? 0;
  return n > 0 ? (inode!.blocks[n - 1] as number) : -1;
}

/** Free blocks directly after `block`, up to `limit`. */
function freeAfter(map: Uint8Array, block: number, limit: number): number {
  let n = 0;
  while (n < limit && block + 1 + n < map.length && map[block + 1 + n] === 0) n++;
  return n;
}

const range = (start: number, length: number): number[] => Array.from({ length }, (_, i) => start + i);

/** The bitmap's runs of free blocks, lowest first. */
export function freeRunList(map: Uint8Array): [start: number, length: number][] {
  const runs: [number, number][] = [];
  for (let b = nextFree(map, 0); b >= 0;) {
    let end = b;
    while (end < map.length && map[end] === 0) end++;
    runs.push([b, end - b]);
    b = nextFree(map, end);
  }
  return runs;
}

/** The first of `runs` holding `length` blocks (first fit): its start, or -1. */
const firstFit = (runs: readonly Run[], length: number): number => runs.find((r) => r[1] >= length)?.[0] ?? -1;

/**
 * `count` free blocks, each the nearest free after the one before, from `goal` on and then from the disk's start
 * (linked.ts's nearestFree, ext2's goal block); null when there are not that many.
 */
export function nearestFreeBlocks(map: Uint8Array, goal: number, count: number): number[] | null {
  const picked: number[] = [];
  for (let b = nextFree(map, goal); b >= 0 && picked.length < count; b = nextFree(map, b + 1)) picked.push(b);
  for (let b = nextFree(map, 0); b >= 0 && b < goal && picked.length < count; b = nextFree(map, b + 1)) picked.push(b);
  return picked.length === count ? picked : null;
}

/** Copies a file's blocks, in order, to the free run from `start`, and frees where they were (contiguous's move). */
function moveTo(fs: FsState, inode: Inode, start: number): void {
  const from = inode.blocks;
  inode.blocks = from.map((b, i) => {
    mark(fs, 'blocks', start + i, 1);
    fs.blocks[start + i] = fs.blocks[b] ?? null;
    return start + i;
  });
  for (const b of from) {
    mark(fs, 'blocks', b, 0);
    fs.blocks[b] = null;
  }
  if (fs.alloc) fs.alloc.moved += from.length;
}

/**
 * CONTIGUOUS: a file is one run. It grows into the blocks after its end when they are free; otherwise it moves,
 * whole, to the first run that holds its new size (the move happens here, as the blocks are handed out, since every
 * caller takes them at once), and when no run does, it cannot grow even with enough blocks free.
 */
const contiguousBlocks = (fs: FsState, inum: number, count: number): number[] | null => {
  const inode = fs.inodes[inum];
  const n = inode?.blocks.length ?? 0;
  const last = lastOf(inode);
  if (last >= 0 && freeAfter(fs.dataBitmap, last, count) === count) return range(last + 1, count);
  const start = firstFit(freeRunList(fs.dataBitmap), n + count);
  if (start < 0) return null;
  if (inode && n > 0) moveTo(fs, inode, start);
  return range(start + n, count);
};

/** Why contiguous allocation refused when enough blocks are free: external fragmentation, in words. */
function contiguousNoRoom(fs: FsState, inum: number, count: number): string | undefined {
  const free = fs.geometry.dataBlocks - fs.used.blocks;
  if (free < count) return undefined;
  const want = (fs.inodes[inum]?.blocks.length ?? 0) + count;
  const longest = Math.max(0, ...freeRunList(fs.dataBitmap).map((r) => r[1]));
  return `no run of ${want} free blocks holds it: ${free} blocks are free, but the longest free run is ${longest} (external fragmentation: contiguous allocation keeps a file in one run)`;
}

/** LINKED: any free blocks, each the nearest free after the file's last, chained by the FAT. */
const linkedBlocks = (fs: FsState, inum: number, count: number): number[] | null =>
  nearestFreeBlocks(fs.dataBitmap, lastOf(fs.inodes[inum]) + 1, count);

/**
 * EXTENTS: the free blocks right after the file's end (its last extent grows), then the first run that holds the
 * rest, or else the longest runs there are (the lowest of equal ones), each a new extent.
 */
const extentBlocks = (fs: FsState, inum: number, count: number): number[] | null => {
  if (fs.geometry.dataBlocks - fs.used.blocks < count) return null;
  const last = lastOf(fs.inodes[inum]);
  const extended = last < 0 ? 0 : freeAfter(fs.dataBitmap, last, count);
  const picked = range(last + 1, extended);
  const runs = freeRunList(fs.dataBitmap);
  const grown = runs.find((r) => r[0] === last + 1);
  if (grown) [grown[0], grown[1]] = [grown[0] + extended, grown[1] - extended];
  for (let rest = count - extended; rest > 0;) {
    const fits = runs.find((r) => r[1] >= rest);
    const run = fits ?? runs.reduce((a, b) => (b[1] > a[1] ? b : a));
    const take = Math.min(rest, run[1]);
    picked.push(...range(run[0], take));
    [run[0], run[1]] = [run[0] + take, run[1] - take];
    rest -= take;
  }
  return picked;
};

/** The placement of a node whose file system has an allocation strategy, over its layout's `base`. */
export function allocationPlacement(base: Placement, strategy: NodeAllocationName): Placement {
  switch (strategy) {
    case 'indexed':
      return base;
    case 'contiguous':
      return { inode: base.inode, blocks: contiguousBlocks, noRoom: contiguousNoRoom };
    case 'linked':
      return { inode: base.inode, blocks: linkedBlocks };
    case 'extents':
      return { inode: base.inode, blocks: extentBlocks };
  }
}
