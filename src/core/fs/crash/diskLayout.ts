import { geometryError } from '../fileSystem';
import type { FsGeometry } from '../types';

/**
 * The disk under the file system: how large a block is and how many inodes one holds, so each structure the
 * picture keeps (bitmaps, inode table, directory and file blocks) lands in real disk blocks, plus the journal.
 */
export interface DiskGeometry {
  /** the file system's own geometry; its blockSize is the disk's block size */
  fs: FsGeometry;
  /** inodes in one inode-table block (ext4: 16 of 256 bytes in 4 KiB) */
  inodesPerBlock: number;
  /** blocks of the write-ahead journal (unused with no journal) */
  journalBlocks: number;
}

/** A run of disk blocks: the first block's address and how many. */
export interface Region {
  start: number;
  count: number;
}

/**
 * Where everything is, by disk address: block 0 the superblock, then the inode bitmap, the data bitmap, the
 * inode table, the journal and the data region (vsfs's order, with ext3's journal as a region of its own).
 */
export interface DiskLayout {
  geometry: DiskGeometry;
  inodeBitmap: Region;
  dataBitmap: Region;
  inodeTable: Region;
  journal: Region;
  data: Region;
  total: number;
}

export const SUPERBLOCK = 0;

/** Limits a crash explorer keeps to: every block write is a point a person may crash at. */
export const CRASH_LIMITS = {
  maxInodes: 256,
  maxDataBlocks: 1024,
  maxBlockSize: 65536,
  maxJournalBlocks: 1024,
  maxOps: 200,
} as const;

export function diskLayout(geometry: DiskGeometry, journalled: boolean): DiskLayout {
  const bits = geometry.fs.blockSize * 8;
  const { inodes, dataBlocks } = geometry.fs;
  const inodeBitmap = { start: SUPERBLOCK + 1, count: Math.ceil(inodes / bits) };
  const dataBitmap = { start: inodeBitmap.start + inodeBitmap.count, count: Math.ceil(dataBlocks / bits) };
  const inodeTable = { start: dataBitmap.start + dataBitmap.count, count: Math.ceil(inodes / geometry.inodesPerBlock) };
  const journal = { start: inodeTable.start + inodeTable.count, count: journalled ? geometry.journalBlocks : 0 };
  const data = { start: journal.start + journal.count, count: dataBlocks };
  return { geometry, inodeBitmap, dataBitmap, inodeTable, journal, data, total: data.start + data.count };
}

const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** Why a disk geometry cannot be explored, naming the field and its limit, or null. */
export function diskGeometryError(g: DiskGeometry): { path: string; limit: string; message: string } | null {
  const fs = geometryError(g.fs, CRASH_LIMITS);
  if (fs !== null) return { path: 'fs', limit: 'geometry', message: fs };
  const size = g.fs.blockSize;
  if (!whole(size, 512, CRASH_LIMITS.maxBlockSize))
    return {
      path: 'fs.blockSize',
      limit: `512–${CRASH_LIMITS.maxBlockSize}`,
      message: `a disk block must be a whole number of bytes from 512 to ${CRASH_LIMITS.maxBlockSize} (got ${size})`,
    };
  if (!whole(g.inodesPerBlock, 1, size / 32))
    return {
      path: 'inodesPerBlock',
      limit: `1–${size / 32}`,
      message: `a ${size}-byte block holds from 1 to ${size / 32} inodes of at least 32 bytes (got ${g.inodesPerBlock})`,
    };
  if (!whole(g.journalBlocks, 3, CRASH_LIMITS.maxJournalBlocks))
    return {
      path: 'journalBlocks',
      limit: `3–${CRASH_LIMITS.maxJournalBlocks}`,
      message: `the journal needs from 3 blocks (a TxB, one block, a TxE) to ${CRASH_LIMITS.maxJournalBlocks} (got ${g.journalBlocks})`,
    };
  return null;
}
