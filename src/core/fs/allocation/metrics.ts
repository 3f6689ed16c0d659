import { freeRunsOf } from '../bitmap';
import { runsOf } from '../fragmentation';
import { ALLOCATION_STRATEGIES } from './registry';
import { filePaths } from './namespace';
import { POINTER_BYTES } from '../config';
import type { AllocDisk, AllocFile } from './types';

export interface FileMetrics {
  inum: number;
  path: string;
  bytes: number;
  dataBlocks: number;
  /** runs of consecutive data blocks: extents, or fragments */
  fragments: number;
  /** its own metadata blocks (indirect, extent tree) */
  metadataBlocks: number;
  /** bytes of FAT entries its chain takes (LINKED; 0 elsewhere) */
  fatBytes: number;
  /** jumps a sequential read makes: one per run of consecutive blocks in the order it reads them */
  seeks: number;
}

export interface FreeSpaceMetrics {
  freeBlocks: number;
  freeRuns: number;
  largestFreeRun: number;
  /**
   * 1 − largest free run / free blocks: 0 when free space is one run (or there is none), near 1 when it is
   * scattered in small runs. Unrounded; the views show it as a percentage.
   */
  fragmentation: number;
}

export function fileMetrics(disk: AllocDisk, inum: number, path: string): FileMetrics {
  const file = disk.inodes[inum] as AllocFile;
  return {
    inum,
    path,
    bytes: file.size,
    dataBlocks: file.blocks.length,
    fragments: file.fragments,
    metadataBlocks: file.meta.length,
    fatBytes: disk.strategy === 'LINKED' ? file.blocks.length * POINTER_BYTES : 0,
    seeks: runsOf(ALLOCATION_STRATEGIES[disk.strategy].readOrder(disk, file)),
  };
}

/** Every file's metrics, by path. */
export function filesMetrics(disk: AllocDisk): FileMetrics[] {
  return [...filePaths(disk)]
    .map(([inum, path]) => fileMetrics(disk, inum, path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Free space from the bitmap (one pass, for a view or a result; operations never need it). */
export function freeSpaceMetrics(disk: AllocDisk): FreeSpaceMetrics {
  const { freeRuns, largestFreeRun } = freeRunsOf(disk.bitmap);
  const freeBlocks = disk.freeBlocks;
  return {
    freeBlocks,
    freeRuns,
    largestFreeRun,
    fragmentation: freeBlocks === 0 ? 0 : 1 - largestFreeRun / freeBlocks,
  };
}
