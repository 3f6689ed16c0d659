import { ROOT_INUM, type FsGeometry, type FsState } from './types';

/** The longest name a directory entry holds (as ext2 and most Unix file systems). */
export const NAME_MAX = 255;

/**
 * An empty file system: every inode and block free but the root directory's, inode 0 with data block 0 holding
 * "." and ".." (both the root itself), two links as every directory has.
 */
export function createFileSystem(geometry: FsGeometry): FsState {
  const fs: FsState = {
    geometry: { ...geometry },
    inodeBitmap: new Uint8Array(geometry.inodes),
    dataBitmap: new Uint8Array(geometry.dataBlocks),
    inodes: Array.from({ length: geometry.inodes }, () => null),
    blocks: Array.from({ length: geometry.dataBlocks }, () => null),
    used: { inodes: 1, blocks: 1 },
  };
  fs.inodeBitmap[ROOT_INUM] = 1;
  fs.dataBitmap[0] = 1;
  fs.inodes[ROOT_INUM] = { kind: 'dir', links: 2, blocks: [0] };
  fs.blocks[0] = {
    kind: 'dir',
    entries: [
      ['.', ROOT_INUM],
      ['..', ROOT_INUM],
    ],
  };
  return fs;
}

const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** Why a geometry cannot hold a file system, naming the field and its limit, or null. */
export function geometryError(g: FsGeometry, limits: { maxInodes: number; maxDataBlocks: number }): string | null {
  if (!whole(g.inodes, 1, limits.maxInodes))
    return `the number of inodes must be a whole number from 1 (the root directory's) to ${limits.maxInodes.toLocaleString('en-US')} (got ${g.inodes})`;
  if (!whole(g.dataBlocks, 1, limits.maxDataBlocks))
    return `the number of data blocks must be a whole number from 1 (the root directory's) to ${limits.maxDataBlocks.toLocaleString('en-US')} (got ${g.dataBlocks})`;
  if (!whole(g.entriesPerBlock, 2, 1 << 16))
    return `a directory block must hold at least "." and ".." (got ${g.entriesPerBlock} entries)`;
  if (!whole(g.pointersPerInode, 1, 1 << 16))
    return `an inode needs at least one block pointer (got ${g.pointersPerInode})`;
  return null;
}
