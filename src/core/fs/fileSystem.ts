import { ROOT_INUM, type BlockContent, type FsGeometry, type FsState, type Inode, type InodeKind } from './types';
import { groupedDigits } from '../groupedDigits';

/** The longest name a directory entry holds (as ext2 and most Unix file systems). */
export const NAME_MAX = 255;

/** The longest path, and so the longest symbolic link's target (Linux's PATH_MAX). */
export const PATH_MAX = 4_096;

/** Permission bits of a new file and directory (a umask of 022); a symbolic link's are never checked (Linux). */
export const NEW_MODE: Readonly<Record<InodeKind, number>> = { file: 0o644, dir: 0o755, symlink: 0o777 };

/** Each kind of inode in words, as stat writes it. */
export const KIND_WORD: Readonly<Record<InodeKind, string>> = {
  file: 'regular file',
  dir: 'directory',
  symlink: 'symbolic link',
};

/** Each kind as a noun in a sentence ("inode 3 is a file"). */
export const KIND_NOUN: Readonly<Record<InodeKind, string>> = {
  file: 'file',
  dir: 'directory',
  symlink: 'symbolic link',
};

const TYPE_LETTER: Readonly<Record<InodeKind, string>> = { file: '-', dir: 'd', symlink: 'l' };

/** An inode's type and permission bits as ls writes them: "drwxr-xr-x", "-rw-r--r--", "lrwxrwxrwx". */
export function modeText(kind: InodeKind, mode: number): string {
  const bits = [6, 3, 0].map((s) => ['r', 'w', 'x'].map((c, i) => ((mode >> (s + 2 - i)) & 1 ? c : '-')).join(''));
  return `${TYPE_LETTER[kind]}${bits.join('')}`;
}

/** Permission bits as chmod takes them: "0644". */
export const octalMode = (mode: number): string => (mode & 0o777).toString(8).padStart(4, '0');

/** Who made an inode, in words: a process, or the system as root. */
export const ownerText = (owner: number): string => (owner === 0 ? 'root (the system)' : `P${owner}`);

/**
 * A new inode of `kind` holding `blocks` (a copy), made now by `owner`: a directory has two links (its name and
 * "."). The copy is exactly as long as the list: a list grown by push, as a placement makes it, has room for 16
 * more (a one-block list took 152 bytes instead of 24, and vsfs's large disks hold such inodes by the hundred
 * thousand).
 */
export function newInode(fs: FsState, kind: InodeKind, blocks: readonly number[], owner = 0): Inode {
  const size = kind === 'dir' ? blocks.length * fs.geometry.blockSize : 0;
  return {
    kind,
    links: kind === 'dir' ? 2 : 1,
    blocks: blocks.slice(),
    size,
    owner,
    mode: NEW_MODE[kind],
    mtime: fs.now,
    ctime: fs.now,
  };
}

/**
 * An empty file system: every inode and block free but the root directory's, inode 0 with data block 0 holding
 * "." and ".." (both the root itself), two links as every directory has.
 */
export function createFileSystem(geometry: FsGeometry): FsState {
  const fs: FsState = {
    geometry: { ...geometry },
    inodeBitmap: new Uint8Array(geometry.inodes),
    dataBitmap: new Uint8Array(geometry.dataBlocks),
    // fill(): Array.from with a function took 130 ms for a million-entry disk's two tables, pushing 90 ms and
    // 28 MB more peak memory (each copy as the array grew); fill takes 20 ms.
    inodes: Array<Inode | null>(geometry.inodes).fill(null),
    blocks: Array<BlockContent | null>(geometry.dataBlocks).fill(null),
    used: { inodes: 1, blocks: 1 },
    now: 0,
    held: {},
    orphans: [],
  };
  fs.inodeBitmap[ROOT_INUM] = 1;
  fs.dataBitmap[0] = 1;
  fs.inodes[ROOT_INUM] = newInode(fs, 'dir', [0]);
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
    return `the number of inodes must be a whole number from 1 (the root directory's) to ${groupedDigits(limits.maxInodes)} (got ${g.inodes})`;
  if (!whole(g.dataBlocks, 1, limits.maxDataBlocks))
    return `the number of data blocks must be a whole number from 1 (the root directory's) to ${groupedDigits(limits.maxDataBlocks)} (got ${g.dataBlocks})`;
  if (!whole(g.entriesPerBlock, 2, 1 << 16))
    return `a directory block must hold at least "." and ".." (got ${g.entriesPerBlock} entries)`;
  if (!whole(g.pointersPerInode, 1, 2 ** 30))
    return `an inode needs at least one block pointer (got ${g.pointersPerInode})`;
  if (!whole(g.blockSize, 1, 2 ** 20)) return `a block holds 1 byte to 1 MiB (got ${g.blockSize})`;
  return null;
}
