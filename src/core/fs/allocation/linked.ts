import { nextFree } from './freeRuns';
import { noSpace } from './noSpace';
import { addRun, freeFollowing, lastBlock, popData, pushData, releaseBlocks, blockRuns, takeRun } from './disk';
import { BLOCK_KIND, type AllocDisk, type AllocFile, type AllocationStrategy } from './types';

/** The free block nearest after `goal`, wrapping to the disk's start: ext2's "goal block" rule. */
export function nearestFree(disk: AllocDisk, goal: number): number {
  const b = nextFree(disk.free, goal);
  return b >= 0 ? b : nextFree(disk.free, 0);
}

/**
 * LINKED (FAT-style): any free blocks, chained by the file allocation table at the start of the disk, one next
 * pointer per block. Each new block is the first free one after the file's last (so a file stays in runs
 * where it can). The table is read once and kept in memory, as DOS did, so a sequential read seeks only
 * between runs; its cost is the table's blocks, `reserved`.
 */
export const LINKED: AllocationStrategy = {
  name: 'LINKED',
  label: 'linked (FAT)',
  description: 'a chain of any free blocks, the next pointers kept in a file allocation table',
  grow(disk, inum, count) {
    if (disk.freeBlocks < count) return noSpace(disk, `${count} blocks`);
    const file = disk.inodes[inum] as AllocFile;
    const after = lastBlock(file);
    const added: [number, number][] = [];
    let prev = after;
    for (let left = count; left > 0;) {
      const b = nearestFree(disk, prev + 1);
      const run = 1 + freeFollowing(disk, b, left - 1);
      takeRun(disk, b, run, BLOCK_KIND.data, inum);
      addRun(added, b, run);
      for (let d = b; d < b + run; d++) {
        if (prev >= 0) disk.next[prev] = d;
        pushData(file, d);
        prev = d;
      }
      left -= run;
    }
    return { ok: true, reason: { kind: 'chained', runs: added, after } };
  },
  shrink(disk, inum, count) {
    const file = disk.inodes[inum] as AllocFile;
    const gone = popData(file, count);
    releaseBlocks(disk, gone);
    const last = lastBlock(file);
    if (last >= 0) disk.next[last] = -1;
    return { kind: 'freed', runs: blockRuns(gone), meta: [] };
  },
  metadataBlocks: () => 0,
  readOrder: (_disk, file) => file.blocks,
};

/**
 * A file's chain as the FAT holds it, followed from its first block: each block and the next pointer in its
 * entry (-1: end of file). At most as many entries as the file has blocks, so a broken table cannot loop.
 */
export function fatChain(disk: AllocDisk, file: AllocFile): { block: number; next: number }[] {
  const chain: { block: number; next: number }[] = [];
  for (let b = file.blocks[0] ?? -1; b >= 0 && chain.length < file.blocks.length; b = disk.next[b] as number)
    chain.push({ block: b, next: disk.next[b] as number });
  return chain;
}
