import { DIRECT_POINTERS, POINTER_BYTES } from '../config';
import { noSpace } from './noSpace';
import { addRun, freeFollowing, lastBlock, popData, pushData, releaseBlocks, blockRuns, takeRun } from './disk';
import { nearestFree } from './linked';
import { BLOCK_KIND, type AllocDisk, type AllocFile, type AllocationStrategy } from './types';

/** A disk of this model or the node's file system (fs/types.ts): both say how large a block is. */
export type BlockSized = { geometry: { blockSize: number } };

/** Pointers one indirect block holds. */
const perBlock = (disk: BlockSized): number => disk.geometry.blockSize / POINTER_BYTES;

/** The most data blocks a file has: direct, single indirect and double indirect. */
export function maxIndexedBlocks(disk: AllocDisk): number {
  const p = perBlock(disk);
  return DIRECT_POINTERS + p + p * p;
}

/** Indirect blocks a file of `n` data blocks needs: the single, then the double and its indirect blocks. */
export function indirectBlocksFor(disk: BlockSized, n: number): number {
  const p = perBlock(disk);
  if (n <= DIRECT_POINTERS) return 0;
  if (n <= DIRECT_POINTERS + p) return 1;
  return 2 + Math.ceil((n - DIRECT_POINTERS - p) / p);
}

/** The indirect blocks data block `i` is the first to need, in the order they are filled in. */
function indirectBefore(disk: AllocDisk, i: number): number {
  const p = perBlock(disk);
  if (i === DIRECT_POINTERS) return 1;
  if (i < DIRECT_POINTERS + p) return 0;
  const past = i - DIRECT_POINTERS - p;
  return past % p === 0 ? (past === 0 ? 2 : 1) : 0;
}

/** The next data block after `i` that needs an indirect block first: where a run of data blocks must stop. */
function nextBoundary(disk: AllocDisk, i: number): number {
  const p = perBlock(disk);
  if (i < DIRECT_POINTERS) return DIRECT_POINTERS;
  if (i < DIRECT_POINTERS + p) return DIRECT_POINTERS + p;
  return DIRECT_POINTERS + p + (Math.floor((i - DIRECT_POINTERS - p) / p) + 1) * p;
}

/**
 * INDEXED (ext2): an inode of 12 direct pointers, a single indirect block of pointers and a double indirect
 * block of indirect blocks. Each block, data or indirect, is the first free one after the file's last (the
 * goal block), and an indirect block is taken just before the first data block it points to, so a read finds
 * it on the way.
 */
export const INDEXED: AllocationStrategy = {
  name: 'INDEXED',
  label: 'indexed (inode)',
  description: '12 direct pointers, then a single and a double indirect block, each block the nearest free',
  grow(disk, inum, count) {
    const file = disk.inodes[inum] as AllocFile;
    const n = file.blocks.length;
    const max = maxIndexedBlocks(disk);
    if (n + count > max)
      return {
        ok: false,
        error: { code: 'EFBIG', message: `a file holds at most ${max} blocks of ${disk.geometry.blockSize} bytes` },
      };
    const indirect = indirectBlocksFor(disk, n + count) - indirectBlocksFor(disk, n);
    if (disk.freeBlocks < count + indirect) return noSpace(disk, `${count} blocks and ${indirect} indirect blocks`);
    const after = lastBlock(file);
    const added: [number, number][] = [];
    const newIndirect: number[] = [];
    let goal = after + 1;
    for (let i = n; i < n + count;) {
      for (let k = indirectBefore(disk, i); k > 0; k--) {
        const b = nearestFree(disk, goal);
        takeRun(disk, b, 1, BLOCK_KIND.indirect, inum);
        file.meta.push(b);
        newIndirect.push(b);
        goal = b + 1;
      }
      // The data up to the next indirect block, as one run where the free blocks allow.
      const want = Math.min(n + count, nextBoundary(disk, i)) - i;
      const b = nearestFree(disk, goal);
      const run = 1 + freeFollowing(disk, b, want - 1);
      takeRun(disk, b, run, BLOCK_KIND.data, inum);
      addRun(added, b, run);
      for (let d = b; d < b + run; d++) {
        pushData(file, d);
      }
      goal = b + run;
      i += run;
    }
    return { ok: true, reason: { kind: 'indexed', runs: added, indirect: newIndirect, after } };
  },
  shrink(disk, inum, count) {
    const file = disk.inodes[inum] as AllocFile;
    const gone = popData(file, count);
    const meta = file.meta.splice(indirectBlocksFor(disk, file.blocks.length));
    releaseBlocks(disk, gone);
    releaseBlocks(disk, meta);
    return { kind: 'freed', runs: blockRuns(gone), meta };
  },
  metadataBlocks: (disk, dataBlocks) => indirectBlocksFor(disk, dataBlocks),
  readOrder(disk, file) {
    const order: number[] = [];
    let m = 0;
    for (const [i, b] of file.blocks.entries()) {
      for (let k = indirectBefore(disk, i); k > 0; k--) order.push(file.meta[m++] as number);
      order.push(b);
    }
    return order;
  },
};
