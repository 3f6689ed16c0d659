import type { JournalMode } from './crash/journalMode';
import { DEFAULT_SIMPLE, type DeviceConfig } from './device/deviceConfig';
import type { FfsConfig, FsLayoutName } from './layout/nodeLayout';
import type { LogConfig } from './layout/logConfig';
import type { ModelCacheConfig } from './models/cache/types';
import type { StoreEntrySpec } from './models/storeSpec';
import { PATH_MAX } from './fileSystem';
import type { FsGeometry, NodeAllocationName } from './types';

/**
 * The scenario's `fs` section: a block file system on one block device. The device serves one request at a
 * time, first come first served; a request costs `requestTicks` (command and positioning) plus `blockTicks` for
 * each block it moves, the simple latency model that the storage devices' disk, RAID and SSD models replace.
 */
export interface FsConfig {
  /** bytes in a block: a power of two from 512 to 65,536 */
  blockSize: number;
  /** data blocks on the device */
  blocks: number;
  inodes: number;
  /** the block device beneath (device/deviceConfig.ts): the simple one where the scenario names no kind */
  device: DeviceConfig;
  /**
   * The page cache (pageCache.ts): `blocks` of memory holding disk blocks (0 = none); under write-back a write
   * only dirties memory and the disk gets it on eviction or sync, under write-through at once.
   */
  cache: { blocks: number; writeBack: boolean };
  /**
   * The model cache (models/cache/): AI model weights held in memory within `budget` bytes, loaded at `bandwidth`
   * bytes per tick, evicted by `policy`; a process naming a `model` loads it, pinned, when it first runs. `store`
   * lays models out under /models as a model hub's cache (models/layStore.ts), made when the node starts; a
   * process naming one of them loads its snapshot's files through the page cache and the device.
   */
  models?: ModelCacheConfig & { store?: StoreEntrySpec[] };
  /**
   * Where new inodes and blocks go (layout/nodeLayout.ts): vsfs's lowest free one (absent: the default), or
   * FFS's cylinder groups, with `ffs`'s groups and large-file exception (DEFAULT_FFS where it is absent), or a
   * log (LFS) on the disk's blocks in segments, with `lfs`'s segment size and cleaner (DEFAULT_LOG where absent).
   */
  layout?: FsLayoutName;
  ffs?: FfsConfig;
  /**
   * How the node's changes reach its disk (subsystem/diskTrack.ts): absent, what is on disk is not followed and a
   * crash is refused (the node as before journals); 'none', every block in place; or a write-ahead journal in
   * ext3's data, ordered or writeback mode. Changes go to the disk at commits, `commitTicks` after the first change
   * since the last (ext4's 5-second commit interval; DEFAULT_COMMIT_TICKS where absent), and at sync.
   */
  journal?: JournalMode;
  commitTicks?: number;
  lfs?: LogConfig;
  /**
   * How a file's blocks are found and where they go (allocation/nodeAllocation.ts): indexed (the layout's placement
   * and indirect blocks past 12), contiguous (one run), linked (a chain through a FAT) or extents (runs); absent:
   * the layout's placement and block pointers with no metadata blocks, as vsfs and FFS keep them.
   */
  allocation?: NodeAllocationName;
}

/**
 * The model a process serves: its weights, loaded through the model cache when it first runs. Either `bytes` of
 * weights with no files, or a model of the store (`fs.models.store`) at `revision` (a ref or a revision id; the ref
 * main when absent), whose files it reads from /models.
 */
export interface ProcessModel {
  name: string;
  bytes?: number;
  revision?: string;
}

/** A process's file I/O: a request every `every` ticks of its CPU time, the listed ones in turn. */
export interface FileIo {
  every: number;
  requests: FileRequest[];
}

/**
 * One file request. A read goes through the file from its start, `bytes` at a time, and starts over at its end;
 * a write appends `bytes`, making the file (owned by the process) if it is not there.
 */
export interface FileRequest {
  kind: 'read' | 'write';
  path: string;
  bytes: number;
}

export const FS_LIMITS = {
  minBlockSize: 512,
  maxBlockSize: 65_536,
  minBlocks: 16,
  /** 1 GiB of 4 KiB blocks */
  maxBlocks: 262_144,
  minInodes: 16,
  maxInodes: 65_536,
  maxDeviceTicks: 1_000_000,
  maxPath: PATH_MAX,
  maxRequests: 1_000,
  /** 64 MiB of 4 KiB blocks: an eviction looks at every cached block */
  maxCacheBlocks: 16_384,
} as const;

export const DEFAULT_FS: Readonly<FsConfig> = Object.freeze({
  blockSize: 4096,
  blocks: 1024,
  inodes: 256,
  device: DEFAULT_SIMPLE,
  cache: Object.freeze({ blocks: 128, writeBack: true }),
});

/** Bytes of one directory entry (ext2's for a short name): how many names a directory block holds. */
export const DIR_ENTRY_BYTES = 32;
/** Bytes of one block pointer: an indirect block holds blockSize / 4 of them. */
export const POINTER_BYTES = 4;
/** Direct pointers in an inode, before its single and double indirect ones (ext2's 12). */
export const DIRECT_POINTERS = 12;

/** The on-disk picture's geometry: a file reaches as far as 12 direct, one single and one double indirect pointer do. */
export function geometryOf(c: FsConfig): FsGeometry {
  const perBlock = c.blockSize / POINTER_BYTES;
  return {
    inodes: c.inodes,
    dataBlocks: c.blocks,
    entriesPerBlock: c.blockSize / DIR_ENTRY_BYTES,
    pointersPerInode: Math.min(c.blocks, DIRECT_POINTERS + perBlock + perBlock * perBlock),
    blockSize: c.blockSize,
  };
}

/** The file's blocks a byte range touches, in file order: what a request moves. */
export function blocksTouched(blocks: readonly number[], offset: number, bytes: number, blockSize: number): number[] {
  return bytes === 0
    ? []
    : blocks.slice(Math.floor(offset / blockSize), Math.floor((offset + bytes - 1) / blockSize) + 1);
}
