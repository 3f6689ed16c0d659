/**
 * The file system's on-disk picture as plain data: an inode bitmap, a data bitmap, the inode table and the data
 * region, as in OSTEP's very simple file system (vsfs) and every Unix file system after it. Data-block numbers
 * count from the start of the data region, as vsfs prints them.
 */

/** How large the file system is and how much one inode and one directory block hold. */
export interface FsGeometry {
  inodes: number;
  dataBlocks: number;
  /** names one directory block holds (vsfs: 32) */
  entriesPerBlock: number;
  /** data-block pointers in an inode: a file or directory never has more blocks (vsfs: 1) */
  pointersPerInode: number;
  /** bytes in a block: a file's size rounds up to whole blocks (OSTEP's file systems: 4 KiB) */
  blockSize: number;
}

/** A symbolic link holds its target path in the inode itself (as Linux's fast symlinks do): no data block. */
export type InodeKind = 'file' | 'dir' | 'symlink';

export interface Inode {
  kind: InodeKind;
  /** names that refer to it; a directory also counts its own "." and each subdirectory's ".." */
  links: number;
  /** its data blocks in file order */
  blocks: number[];
  /** bytes: a file's written length (its blocks hold it rounded up), a directory's blocks times the block size */
  size: number;
  /** the process that made it (0: the system, as root) */
  owner: number;
  /** permission bits, as chmod writes them (0o644 for a new file, 0o755 for a new directory) */
  mode: number;
  /** the tick its contents last changed (data written, names added or removed) */
  mtime: number;
  /** the tick the inode last changed (contents, links, size) */
  ctime: number;
  /** a symbolic link's target path, absolute or relative to the link's directory (kind 'symlink' only) */
  target?: string;
  /**
   * the metadata blocks its allocation strategy keeps for it, in the order they were taken (indexed: indirect
   * blocks; extents: extent-tree leaves); absent under vsfs's and FFS's plain block pointers and while it needs none
   */
  meta?: number[];
}

/** A directory entry: a name in a directory and the inode it names. */
export type DirEntry = readonly [name: string, inum: number];

/** What a data block holds. */
export type BlockContent =
  | { kind: 'dir'; entries: DirEntry[] }
  | { kind: 'file'; data: string }
  /** an allocation strategy's own block (fs.allocation): the FAT, an indirect block, an extent-tree leaf */
  | { kind: 'meta'; holds: MetaBlockKind };

/** What an allocation strategy's own block holds: the names of allocation/types.ts's BLOCK_KIND. */
export type MetaBlockKind = 'fat' | 'indirect' | 'extentTree';

/** An allocation strategy's block in words. */
export const META_WORDS: Readonly<Record<MetaBlockKind, string>> = {
  fat: 'file allocation table entries',
  indirect: 'block pointers (an indirect block)',
  extentTree: 'extents (an extent-tree leaf)',
};

/** Where a node's file system puts blocks beyond vsfs's and FFS's placement (fs/allocation/nodeAllocation.ts). */
export type NodeAllocationName = 'indexed' | 'contiguous' | 'linked' | 'extents';

/** The allocation strategy's records on the disk (absent: vsfs's and FFS's block pointers, nothing of its own). */
export interface FsAllocation {
  strategy: NodeAllocationName;
  /** the file allocation table's blocks, reserved when the file system is made (linked; empty elsewhere) */
  fat: number[];
  /** blocks copied so far moving files that could not grow in place (contiguous) */
  moved: number;
}

export interface FsState {
  geometry: FsGeometry;
  /** 1 where the inode is in use */
  inodeBitmap: Uint8Array;
  dataBitmap: Uint8Array;
  /** null where the inode is free */
  inodes: (Inode | null)[];
  /** null where the block is free */
  blocks: (BlockContent | null)[];
  /** how many of each are in use: the bitmaps' ones, kept so "is it full?" costs nothing */
  used: { inodes: number; blocks: number };
  /** the tick its owner (the kernel's file-system subsystem) set before the operation: what timestamps read */
  now: number;
  /** in memory: how many open-file entries hold each inode (the in-core inode's count), by inode number */
  held: Record<number, number>;
  /**
   * inodes whose last name went while an open file held them (ext4's orphan list): their blocks stay until the
   * last close frees them; after a crash nothing holds them, and fsck frees them
   */
  orphans: number[];
  /** the allocation strategy (a node's fs.allocation), or absent for vsfs's and FFS's placement alone */
  alloc?: FsAllocation;
}

/** The POSIX error a refused operation gives, with the words for people. */
export type FsErrorCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'ENOSPC'
  | 'EFBIG'
  | 'EINVAL'
  | 'ENAMETOOLONG'
  | 'EPERM'
  | 'EBUSY'
  | 'ELOOP'
  | 'EACCES'
  | 'EBADF'
  | 'EMFILE'
  | 'EIO'
  /** memory cannot hold what is asked (a model's weights in the aiModels pool) */
  | 'ENOMEM'
  /** a read-only file system (/proc) refuses a change */
  | 'EROFS';

export interface FsError {
  code: FsErrorCode;
  message: string;
}

export type FsResult = { ok: true; inum: number } | { ok: false; error: FsError };

/** The root directory's inode. */
export const ROOT_INUM = 0;
