import { firstRun, longestRun } from './freeRuns';
import { noSpace } from './noSpace';
import { freeFollowing, lastBlock, popData, pushData, releaseBlocks, blockRuns, takeRun } from './disk';
import { nearestFree } from './linked';
import type { BlockSized } from './indexed';
import { BLOCK_KIND, type AllocDisk, type AllocFile, type AllocationStrategy, type Run } from './types';

/** Extents the inode holds itself, as ext4. */
export const INLINE_EXTENTS = 4;
/** Bytes of an extent-tree block's header and of one extent entry (ext4's 12 and 12). */
const TREE_HEADER = 12;
const EXTENT_BYTES = 12;

const perLeaf = (disk: BlockSized): number => Math.floor((disk.geometry.blockSize - TREE_HEADER) / EXTENT_BYTES);

/** The most extents a file has: the inode's four slots each pointing at a leaf block (a tree of depth 1). */
export function maxExtents(disk: AllocDisk): number {
  return INLINE_EXTENTS * perLeaf(disk);
}

/** Extent-tree leaf blocks a file of `extents` extents needs: none while they fit in the inode. */
export function treeBlocksFor(disk: BlockSized, extents: number): number {
  return extents <= INLINE_EXTENTS ? 0 : Math.ceil(extents / perLeaf(disk));
}

/** Undoes a grow that cannot finish: its new blocks go back, and the disk is as it was. */
function undo(disk: AllocDisk, file: AllocFile, count: number): void {
  releaseBlocks(disk, popData(file, count));
}

/**
 * EXTENTS (ext4): a file is a list of runs (start, length). A growing file first takes the free blocks right
 * after its last extent (the extent just gets longer); the rest goes to the first run that holds all of it,
 * or else the longest runs there are, each a new extent. Past four extents the inode points to extent-tree
 * leaf blocks (their own blocks, counted as metadata), each holding (block size − 12) / 12 extents.
 */
export const EXTENTS: AllocationStrategy = {
  name: 'EXTENTS',
  label: 'extents',
  description: 'runs of (start, length); past 4 extents an extent-tree block holds them',
  grow(disk, inum, count) {
    if (disk.freeBlocks < count) return noSpace(disk, `${count} blocks`);
    const file = disk.inodes[inum] as AllocFile;
    const last = lastBlock(file);
    const extended = last < 0 ? 0 : freeFollowing(disk, last, count);
    if (extended > 0) {
      takeRun(disk, last + 1, extended, BLOCK_KIND.data, inum);
      for (let b = last + 1; b <= last + extended; b++) pushData(file, b);
    }
    const added: Run[] = [];
    for (let rest = count - extended; rest > 0;) {
      const fits = firstRun(disk.free, rest);
      const longest = longestRun(disk.free);
      const run: Run = fits >= 0 ? [fits, rest] : [longest.start, longest.length];
      takeRun(disk, run[0], run[1], BLOCK_KIND.data, inum);
      for (let b = run[0]; b < run[0] + run[1]; b++) pushData(file, b);
      added.push(run);
      rest -= run[1];
    }
    if (file.fragments > maxExtents(disk)) {
      undo(disk, file, count);
      return {
        ok: false,
        error: {
          code: 'EFBIG',
          message: `a file holds at most ${maxExtents(disk)} extents (this write would make ${file.fragments})`,
        },
      };
    }
    const tree = treeBlocksFor(disk, file.fragments) - file.meta.length;
    if (tree > disk.freeBlocks) {
      undo(disk, file, count);
      return noSpace(disk, `${count} blocks and ${tree} extent-tree blocks`);
    }
    const treeBlocks: number[] = [];
    for (let k = 0; k < tree; k++) {
      const b = nearestFree(disk, lastBlock(file) + 1);
      takeRun(disk, b, 1, BLOCK_KIND.extentTree, inum);
      file.meta.push(b);
      treeBlocks.push(b);
    }
    return { ok: true, reason: { kind: 'extents', extended, added, treeBlocks } };
  },
  shrink(disk, inum, count) {
    const file = disk.inodes[inum] as AllocFile;
    const gone = popData(file, count);
    const meta = file.meta.splice(Math.min(file.meta.length, treeBlocksFor(disk, file.fragments)));
    releaseBlocks(disk, gone);
    releaseBlocks(disk, meta);
    return { kind: 'freed', runs: blockRuns(gone), meta };
  },
  metadataBlocks: (disk, _dataBlocks, fragments) => treeBlocksFor(disk, fragments),
  readOrder: (_disk, file) => [...file.meta, ...file.blocks],
};

/** A file's extents: its maximal runs, since a grow never starts a run where the last one could extend. */
export function extentsOf(file: AllocFile): Run[] {
  return blockRuns(file.blocks);
}
