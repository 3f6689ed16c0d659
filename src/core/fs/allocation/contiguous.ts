import { firstRun } from './freeRuns';
import { noSpace } from './noSpace';
import { freeFollowing, lastBlock, popData, pushData, releaseBlocks, releaseRun, blockRuns, takeRun } from './disk';
import { BLOCK_KIND, type AllocFile, type AllocationStrategy } from './types';

/**
 * CONTIGUOUS: a file is one run. A new file takes the first run that holds it; a growing file takes the blocks
 * after its end when they are free, and otherwise moves: the whole grown file is copied to the first run that
 * holds it (the copy counted in `copied`), since refusing would make the commonest workload, a file that grows,
 * fail as soon as a neighbour follows it. It fails (ENOSPC) only when no run holds the whole file, even with
 * enough blocks free: external fragmentation.
 */
export const CONTIGUOUS: AllocationStrategy = {
  name: 'CONTIGUOUS',
  label: 'contiguous',
  description: 'each file one run of blocks (first fit); a file that cannot grow in place moves',
  grow(disk, inum, count) {
    const file = disk.inodes[inum] as AllocFile;
    const last = lastBlock(file);
    if (last >= 0 && freeFollowing(disk, last, count) === count) {
      takeRun(disk, last + 1, count, BLOCK_KIND.data, inum);
      for (let b = last + 1; b <= last + count; b++) pushData(file, b);
      return { ok: true, reason: { kind: 'inPlace', run: [last + 1, count] } };
    }
    const length = file.blocks.length + count;
    const start = firstRun(disk.free, length);
    if (start < 0) return noSpace(disk, `a run of ${length} blocks`);
    takeRun(disk, start, length, BLOCK_KIND.data, inum);
    if (last < 0) {
      for (let b = start; b < start + length; b++) pushData(file, b);
      return { ok: true, reason: { kind: 'firstFit', run: [start, length] } };
    }
    const from = [file.blocks[0] as number, file.blocks.length] as const;
    const blockedBy = last + 1 < disk.geometry.blocks ? (disk.owner[last + 1] as number) : -1;
    releaseRun(disk, from[0], from[1]);
    disk.copied += from[1];
    file.blocks = [];
    file.fragments = 0;
    for (let b = start; b < start + length; b++) pushData(file, b);
    return { ok: true, reason: { kind: 'moved', from, to: [start, length], blockedBy } };
  },
  shrink(disk, inum, count) {
    const gone = popData(disk.inodes[inum] as AllocFile, count);
    releaseBlocks(disk, gone);
    return { kind: 'freed', runs: blockRuns(gone), meta: [] };
  },
  metadataBlocks: () => 0,
  readOrder: (_disk, file) => file.blocks,
};
