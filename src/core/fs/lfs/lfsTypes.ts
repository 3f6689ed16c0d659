import type { FsErrorCode } from '../types';
import type { PyRandomState } from '../../ostep/pyRandom';
import type { LogSegments } from './segments';

/**
 * A log-structured file system (the one of OSTEP's chapter 43, with the simplifications of its lfs.py): every
 * change is appended to a log of whole blocks, nothing is written in place except the checkpoint region at
 * address 0, which says where the newest piece of the inode map lies. Every entity takes exactly one block.
 */

/** The checkpoint region's fixed address: the one block that is overwritten. */
export const CHECKPOINT_ADDR = 0;
/** Pointers to inode-map pieces in the checkpoint region. */
export const IMAP_PIECES = 16;
/** Inode addresses in one inode-map piece: piece k maps inodes 16k..16k+15. */
export const INODES_PER_PIECE = 16;
/** Inode numbers in all. */
export const LFS_INODES = IMAP_PIECES * INODES_PER_PIECE;
/** Block pointers in an inode: a file has at most 8 blocks, a directory 8 blocks of names. */
export const POINTERS_PER_INODE = 8;
/** Names in one directory block. */
export const SLOTS_PER_DIR_BLOCK = 8;
/** The root directory's inode number, known to all. */
export const LFS_ROOT = 0;

/** A log address, or null where nothing is pointed to yet. */
export type Addr = number | null;

export interface DirSlot {
  name: string;
  inum: number;
}

export type LfsBlock =
  /** inode-map piece addresses, index = piece */
  | { kind: 'checkpoint'; pieces: Addr[] }
  /** a directory's names; null = a free slot */
  | { kind: 'dir'; slots: (DirSlot | null)[] }
  | { kind: 'data'; text: string }
  | { kind: 'inode'; type: 'dir' | 'file'; size: number; links: number; pointers: Addr[] }
  /** inode addresses of the piece's 16 inodes */
  | { kind: 'imap'; piece: number; inodes: Addr[] };

export type LfsBlockKind = LfsBlock['kind'];

/** What each kind of block is called in words. */
export const LFS_BLOCK_NAMES: Record<LfsBlockKind, string> = {
  checkpoint: 'checkpoint region',
  imap: 'inode-map piece',
  inode: 'inode',
  dir: 'directory block',
  data: 'data block',
};
export type LfsInode = Extract<LfsBlock, { kind: 'inode' }>;

/** How the file system picks a free inode number. */
export type InodeAllocation = 'sequential' | 'random';

export interface LfsConfig {
  /**
   * Look inodes up through the checkpoint region as it is on disk (it may be older than memory's when
   * checkpoints are not forced), instead of through the inode map held in memory.
   */
  readDiskCheckpoint: boolean;
  /** Write the checkpoint region after every update (else only on sync). */
  forceCheckpoints: boolean;
  allocation: InodeAllocation;
}

export interface LfsState {
  config: LfsConfig;
  /** the disk: block 0 is the checkpoint region as last written, the rest is the log in order */
  log: LfsBlock[];
  /** the checkpoint region in memory: where each piece of the inode map was last written */
  checkpoint: Addr[];
  /** the whole inode map in memory, index = inode number: the newest address of each inode in use */
  imap: Addr[];
  /** the pseudo-random generator that makes file contents and random inode numbers (CPython's, as lfs.py's) */
  random: PyRandomState;
  /**
   * a disk of fixed size in segments that a cleaner reclaims (segments.ts); absent, the log grows without end, as
   * lfs.py's does
   */
  segments?: LogSegments;
}

type Failure<R extends string, C extends FsErrorCode, X = unknown> = { reason: R; code: C } & X;

/** Why an operation failed, as data with its POSIX error; lfs.py's words for each are the printer's. */
export type LfsFailure =
  | Failure<'malformed', 'EINVAL', { path: string }>
  | Failure<'noDirectory', 'ENOENT', { name: string }>
  | Failure<'noParent', 'ENOENT', { path: string }>
  | Failure<'exists', 'EEXIST', { path: string; op: 'create' | 'link' }>
  | Failure<'noInodes', 'ENOSPC'>
  | Failure<'directoryFull', 'ENOSPC', { path: string; op: 'create' | 'link' }>
  | Failure<'notFound', 'ENOENT', { path: string; op: 'write' | 'delete' | 'link' }>
  | Failure<'notRegular', 'EISDIR', { path: string; op: 'write' | 'delete' | 'link' }>
  | Failure<'badOffset', 'EINVAL', { offset: number }>;

/**
 * What an operation did: done (with lfs.py's return value: 0, or the blocks a write wrote), failed (nothing
 * appended, but random numbers drawn before the failure stay drawn, as in lfs.py), or stuck where lfs.py's own
 * code breaks (an assertion or a Python error), said in words.
 */
export type LfsOutcome =
  { kind: 'done'; value: number } | { kind: 'failed'; failures: LfsFailure[] } | { kind: 'stuck'; why: string };
