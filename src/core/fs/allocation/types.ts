import type { FsError } from '../types';
import type { FreeRuns } from './freeRuns';

/**
 * File allocation as a disk of `blocks` blocks with one bitmap, a namespace of directories and files, and a
 * strategy that decides which blocks a growing file gets and what metadata it costs. Directories and inodes
 * live in the inode table, outside this data region: what is counted is file data and each strategy's own
 * metadata (the FAT, indirect blocks, extent-tree blocks).
 */
export type AllocationName = 'CONTIGUOUS' | 'LINKED' | 'INDEXED' | 'EXTENTS';

export const ALLOCATION_NAMES: readonly AllocationName[] = ['CONTIGUOUS', 'LINKED', 'INDEXED', 'EXTENTS'];

/**
 * What a block holds, one code per block (the disk map colours by it). Directory blocks are the node's file
 * system's (fs/types.ts keeps directories in data blocks); this model keeps directories in the inode table.
 */
export const BLOCK_KIND = {
  free: 0,
  data: 1,
  fat: 2,
  indirect: 3,
  extentTree: 4,
  directory: 5,
  /** the layouts' (fs/layout/): inode-table blocks, an LFS's inode-map pieces and checkpoint, and its dead blocks */
  inode: 6,
  imap: 7,
  checkpoint: 8,
  dead: 9,
} as const;
export type BlockKind = keyof typeof BLOCK_KIND;
export type BlockKindCode = (typeof BLOCK_KIND)[BlockKind];

export interface AllocGeometry {
  blocks: number;
  /** bytes per block: a power of two from 512 to 65,536 */
  blockSize: number;
}

export interface AllocFile {
  kind: 'file';
  links: number;
  size: number;
  /** its data blocks in file order */
  blocks: number[];
  /**
   * its metadata blocks: INDEXED's single indirect, double indirect, then the double's indirect blocks in
   * order; EXTENTS' extent-tree leaves in order
   */
  meta: number[];
  /** maximal runs of consecutive blocks in `blocks` (kept as blocks come and go, so metrics cost nothing) */
  fragments: number;
}

export interface AllocDir {
  kind: 'dir';
  parent: number;
  entries: Map<string, number>;
}

export type AllocInode = AllocFile | AllocDir;

export interface AllocDisk {
  strategy: AllocationName;
  geometry: AllocGeometry;
  /** the block bitmap: 1 in use */
  bitmap: Uint8Array;
  /** a BlockKindCode per block */
  kind: Uint8Array;
  /** the inode whose data or metadata a block holds, -1 for free blocks and the FAT */
  owner: Int32Array;
  /** LINKED's file allocation table: a block's next block in its file, -1 at the end (unused elsewhere) */
  next: Int32Array;
  free: FreeRuns;
  freeBlocks: number;
  /** blocks the FAT takes at the start of the disk (LINKED only; 0 otherwise) */
  reserved: number;
  /** inode 0 is the root directory; null where free */
  inodes: (AllocInode | null)[];
  /** inode numbers freed, reused last-in first-out */
  freeInodes: number[];
  /** blocks copied to make room (CONTIGUOUS moves a file that cannot grow in place) */
  copied: number;
}

/** A run of blocks: (start, length). */
export type Run = readonly [start: number, length: number];

/** Why a file got (or lost) the blocks it did: one per strategy's rule, so the UI and tests read the data. */
export type AllocReason =
  | { kind: 'inPlace'; run: Run }
  | { kind: 'firstFit'; run: Run }
  | { kind: 'moved'; from: Run; to: Run; blockedBy: number }
  | { kind: 'chained'; runs: Run[]; after: number }
  | { kind: 'indexed'; runs: Run[]; indirect: number[]; after: number }
  | { kind: 'extents'; extended: number; added: Run[]; treeBlocks: number[] }
  | { kind: 'freed'; runs: Run[]; meta: number[] }
  | { kind: 'namespace' }
  /** sync: this model writes every block when it is allocated, so nothing is waiting */
  | { kind: 'synced' }
  /** verify-ledger and tamper: the ledger is its own file system, with no blocks here */
  | { kind: 'ledger' };

export interface AllocDecision {
  path: string;
  reason: AllocReason;
}

export type AllocOutcome = { ok: true; decision: AllocDecision } | { ok: false; error: FsError };

/** One strategy as the registry lists it: its words and how it grows and shrinks a file. */
export interface AllocationStrategy {
  name: AllocationName;
  label: string;
  description: string;
  /**
   * Gives file `inum` `count` more data blocks (and any metadata they need), or refuses (ENOSPC, EFBIG) leaving
   * the disk as it was.
   */
  grow(disk: AllocDisk, inum: number, count: number): { ok: true; reason: AllocReason } | { ok: false; error: FsError };
  /** Takes the file's last `count` data blocks away, and the metadata no longer needed. */
  shrink(disk: AllocDisk, inum: number, count: number): AllocReason;
  /** Metadata blocks of its own a file of `dataBlocks` blocks in `fragments` runs needs. */
  metadataBlocks(disk: AllocDisk, dataBlocks: number, fragments: number): number;
  /** The blocks a sequential read of the file visits, in order (metadata where it is read). */
  readOrder(disk: AllocDisk, file: AllocFile): number[];
}
