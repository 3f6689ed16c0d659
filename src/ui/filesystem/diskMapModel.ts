import { BLOCK_KIND } from '../../core/fs/allocation/types';
import { PROCESS_COLORS } from '../theme/processLook';

/**
 * The disk map's view model: a colour class per block. Free, the kinds of metadata (directories too) and the selected
 * file's blocks (data and metadata) each have a class; every other file's blocks take one of the file
 * colours, by inode number, so neighbouring files differ and a file keeps its colour across strategies.
 */
export const DISK_CLASS = {
  free: 0,
  fat: 1,
  indirect: 2,
  extentTree: 3,
  directory: 4,
  selected: 5,
  /** the layouts': inode-table blocks (an LFS's inodes), inode-map pieces, the checkpoint region, dead log blocks */
  inode: 6,
  imap: 7,
  checkpoint: 8,
  dead: 9,
} as const;
/** File classes follow the fixed ones: FILE_CLASS + (inode mod the file colours). */
export const FILE_CLASS = 10;
export const FILE_COLOURS = PROCESS_COLORS.length;
export const CLASS_COUNT = FILE_CLASS + FILE_COLOURS;

export interface DiskMapModel {
  blocks: number;
  /** a class per block */
  classes: Uint8Array;
  /** blocks per class: the legend's counts */
  counts: number[];
  /** the inode highlighted, or null */
  selected: number | null;
}

/** What the model reads from a disk: its block kinds and owners (core's AllocDisk has both). */
export interface DiskBlocks {
  kind: Uint8Array;
  owner: Int32Array;
}

const DATA = BLOCK_KIND.data;
/** The class of each block kind that is not file data (indexed by kind code). */
const KIND_CLASS = new Uint8Array(16);
KIND_CLASS[BLOCK_KIND.fat] = DISK_CLASS.fat;
KIND_CLASS[BLOCK_KIND.indirect] = DISK_CLASS.indirect;
KIND_CLASS[BLOCK_KIND.extentTree] = DISK_CLASS.extentTree;
KIND_CLASS[BLOCK_KIND.directory] = DISK_CLASS.directory;
KIND_CLASS[BLOCK_KIND.inode] = DISK_CLASS.inode;
KIND_CLASS[BLOCK_KIND.imap] = DISK_CLASS.imap;
KIND_CLASS[BLOCK_KIND.checkpoint] = DISK_CLASS.checkpoint;
KIND_CLASS[BLOCK_KIND.dead] = DISK_CLASS.dead;

export function toDiskMap(disk: DiskBlocks, selected: number | null = null): DiskMapModel {
  const n = disk.kind.length;
  const classes = new Uint8Array(n);
  const counts = new Int32Array(CLASS_COUNT);
  for (let b = 0; b < n; b++) {
    const kind = disk.kind[b] as number;
    const owner = disk.owner[b] as number;
    const cls =
      owner >= 0 && owner === selected
        ? DISK_CLASS.selected
        : kind === DATA
          ? FILE_CLASS + (owner % FILE_COLOURS)
          : (KIND_CLASS[kind] as number);
    classes[b] = cls;
    counts[cls] = (counts[cls] as number) + 1;
  }
  return { blocks: n, classes, counts: Array.from(counts), selected };
}

/**
 * Which class a cell of several blocks shows: the selected file, then metadata, then file data, then dead log
 * blocks, then free.
 */
export function cellRank(cls: number): number {
  if (cls === DISK_CLASS.selected) return 4;
  if (cls >= FILE_CLASS) return 2;
  if (cls === DISK_CLASS.dead) return 1;
  return cls === DISK_CLASS.free ? 0 : 3;
}
