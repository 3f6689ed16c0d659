import { freeRunsOf } from './bitmap';
import type { FsState } from './types';

/** How scattered the files and the free space are. */
export interface FsFragmentation {
  /** files (and directories) with blocks */
  withBlocks: number;
  /** of them, those in more than one run of consecutive blocks */
  fragmented: number;
  /** runs of consecutive blocks over all of them: a sequential read seeks once per run */
  runs: number;
  freeBlocks: number;
  freeRuns: number;
  largestFreeRun: number;
}

/** Runs of consecutive block numbers in a file's block list, in file order. */
export function runsOf(blocks: readonly number[]): number {
  let runs = 0;
  for (let i = 0; i < blocks.length; i++) if (i === 0 || blocks[i] !== (blocks[i - 1] as number) + 1) runs++;
  return runs;
}

export function fragmentationOf(fs: FsState): FsFragmentation {
  let withBlocks = 0;
  let fragmented = 0;
  let runs = 0;
  for (const inode of fs.inodes) {
    if (!inode || inode.blocks.length === 0) continue;
    const r = runsOf(inode.blocks);
    withBlocks++;
    runs += r;
    if (r > 1) fragmented++;
  }
  const { freeRuns, largestFreeRun } = freeRunsOf(fs.dataBitmap);
  return {
    withBlocks,
    fragmented,
    runs,
    freeBlocks: fs.geometry.dataBlocks - fs.used.blocks,
    freeRuns,
    largestFreeRun,
  };
}
