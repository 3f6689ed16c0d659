import type { Placement } from './placement';
import type { FsState } from './types';

/** Cylinder groups: the inodes and the data blocks are numbered group by group. */
export interface FsGroups {
  count: number;
  inodesPerGroup: number;
  blocksPerGroup: number;
}

/** FFS's choices, as OSTEP's ffs.py names them. */
export interface FfsPolicy {
  /** files' inodes spread like directories' instead of near their directory (-I) */
  spreadInodes: boolean;
  /** blocks go to the group with the most free blocks instead of the inode's (-D) */
  spreadData: boolean;
  /** groups looked at together when choosing a directory's group (-A) */
  faraway: number;
  /** a block is taken only when this many free blocks start at it (-C), until the search has gone all round */
  contiguous: number;
  /** blocks of one file in a group before it moves on to the next (-L); 0: no limit */
  largeFileException: number;
}

export const groupOfInode = (g: FsGroups, inum: number): number => Math.floor(inum / g.inodesPerGroup);

function freeIn(map: Uint8Array, group: number, perGroup: number): number {
  let free = 0;
  for (let i = group * perGroup; i < (group + 1) * perGroup; i++) if (map[i] === 0) free++;
  return free;
}

export const freeInodesIn = (fs: FsState, g: FsGroups, group: number): number =>
  freeIn(fs.inodeBitmap, group, g.inodesPerGroup);
export const freeBlocksIn = (fs: FsState, g: FsGroups, group: number): number =>
  freeIn(fs.dataBitmap, group, g.blocksPerGroup);

/** The group with the most free data blocks (the first of equals): where -D sends a file's blocks. */
export function mostFreeBlocksGroup(fs: FsState, g: FsGroups): number {
  let best = -1;
  let most = 0;
  for (let group = 0; group < g.count; group++) {
    const free = freeBlocksIn(fs, g, group);
    if (free > most) [best, most] = [group, free];
  }
  return best;
}

/** A directory's group: of the runs of `faraway` groups (wrapping), the first with the most free inodes. */
function mostFreeInodesGroup(fs: FsState, g: FsGroups, faraway: number): number {
  let best = -1;
  let most = 0;
  for (let group = 0; group < g.count; group += faraway) {
    let free = 0;
    for (let k = group; k < group + faraway; k++) free += freeInodesIn(fs, g, k % g.count);
    if (free > most) [best, most] = [group, free];
  }
  return best;
}

/**
 * The nearest group with a free inode, looking alternately after and before `target`; ffs.py falls back to
 * group 1 when it finds none (it is never reached with an inode free anywhere, as the target has none).
 */
function nearestWithFreeInode(fs: FsState, g: FsGroups, target: number): number {
  let up = (target + 1) % g.count;
  let down = (target - 1 + g.count) % g.count;
  for (let i = 0; i < g.count - 1; i++) {
    const group = i % 2 === 0 ? up : down;
    if (i % 2 === 0) up = (up + 1) % g.count;
    else down = (down - 1 + g.count) % g.count;
    if (freeInodesIn(fs, g, group) > 0) return group;
  }
  return 1;
}

/** Blocks a file already has (0 for a directory, and for a file being made: its inode is not in place yet). */
function fileBlocksHeld(fs: FsState, inum: number): number {
  const inode = fs.inodes[inum];
  return inode?.kind === 'file' ? inode.blocks.length : 0;
}

/**
 * FFS's placement (OSTEP's ffs.py): a directory goes to the group with the most free inodes, a file's inode to
 * its directory's group (or the nearest with room), and a file's blocks to its inode's group, filling it from
 * the start, a block at a time where `contiguous` free blocks begin, moving to the next group when a group is
 * done or after `largeFileException` blocks, and taking any free block once the search has gone all round. A
 * file that already has blocks goes on in the group its chunk of `largeFileException` blocks falls in: the k-th
 * chunk in the k-th group after its inode's.
 */
export function ffsPlacement(g: FsGroups, policy: FfsPolicy): Placement {
  return {
    inode(fs, parent, kind) {
      let group: number;
      if (kind === 'file' && !policy.spreadInodes) {
        group = groupOfInode(g, parent);
        if (freeInodesIn(fs, g, group) === 0) group = nearestWithFreeInode(fs, g, group);
      } else group = mostFreeInodesGroup(fs, g, policy.faraway);
      if (group < 0) return -1;
      for (let i = group * g.inodesPerGroup; i < (group + 1) * g.inodesPerGroup; i++)
        if (fs.inodeBitmap[i] === 0) return i;
      return -1;
    },
    blocks(fs, inum, count) {
      if (count > fs.geometry.dataBlocks - fs.used.blocks) return null;
      const home = policy.spreadData ? mostFreeBlocksGroup(fs, g) : groupOfInode(g, inum);
      if (home < 0) return null;
      // A file that grows (ffs.py makes files whole; a node's grow by appends) goes on where its chunk is.
      const had = policy.largeFileException > 0 ? fileBlocksHeld(fs, inum) : 0;
      const start = (home + Math.floor(had / Math.max(1, policy.largeFileException))) % g.count;
      const taken = new Set<number>();
      const free = (b: number) => fs.dataBitmap[b] === 0 && !taken.has(b);
      const picked: number[] = [];
      let group = start;
      let index = 0;
      let inGroup = had % Math.max(1, policy.largeFileException);
      let window = policy.contiguous;
      while (picked.length < count) {
        const run = Math.min(window, count - picked.length);
        const base = group * g.blocksPerGroup;
        let fits = index + run - 1 < g.blocksPerGroup;
        for (let k = index; fits && k < index + run; k++) fits = free(base + k);
        if (fits) {
          taken.add(base + index);
          picked.push(base + index);
          inGroup++;
        }
        index++;
        if (picked.length === count) break;
        if (index === g.blocksPerGroup || (policy.largeFileException > 0 && inGroup === policy.largeFileException)) {
          index = 0;
          inGroup = 0;
          group = (group + 1) % g.count;
          if (group === start) window = 1;
        }
      }
      return picked;
    },
  };
}
