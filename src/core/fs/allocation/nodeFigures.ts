import { freeRunsOf } from '../bitmap';
import { runsOf } from '../fragmentation';
import type { FsState, MetaBlockKind, NodeAllocationName } from '../types';

/** One file under an allocation strategy: its data blocks, the runs they lie in, and its own metadata blocks. */
export interface AllocatedFile {
  inum: number;
  blocks: number;
  /** runs of consecutive data blocks (contiguous: always 1; extents: its extents) */
  fragments: number;
  /** its indirect or extent-tree blocks */
  metaBlocks: number;
}

/** What `sim run --json` and the Files view report of a node's file system under an allocation strategy. */
export interface NodeAllocationFigures {
  strategy: NodeAllocationName;
  /** the file allocation table's blocks (linked; empty elsewhere), for the disk map */
  fat: number[];
  /** metadata blocks on the disk, by what they hold */
  metaBlocks: Record<MetaBlockKind, number>;
  /** blocks copied moving files that could not grow in place (contiguous) */
  moved: number;
  /** files with data blocks, by inode number */
  files: AllocatedFile[];
  /**
   * free-space fragmentation: 1 − largest free run / free blocks, 0 when the free space is one run (or none), near 1
   * when it is scattered (the comparison model's measure, metrics.ts); unrounded
   */
  freeFragmentation: number;
}

/** The figures of a file system with an allocation strategy, or null without one. */
export function allocationFigures(fs: FsState): NodeAllocationFigures | null {
  if (!fs.alloc) return null;
  const metaBlocks: Record<MetaBlockKind, number> = { fat: fs.alloc.fat.length, indirect: 0, extentTree: 0 };
  const perFile = fs.alloc.strategy === 'extents' ? 'extentTree' : 'indirect';
  const files: AllocatedFile[] = [];
  fs.inodes.forEach((inode, inum) => {
    if (inode?.kind !== 'file' || inode.blocks.length === 0) return;
    const meta = inode.meta?.length ?? 0;
    metaBlocks[perFile] += meta;
    files.push({ inum, blocks: inode.blocks.length, fragments: runsOf(inode.blocks), metaBlocks: meta });
  });
  const free = fs.geometry.dataBlocks - fs.used.blocks;
  const { largestFreeRun } = freeRunsOf(fs.dataBitmap);
  return {
    strategy: fs.alloc.strategy,
    fat: [...fs.alloc.fat],
    metaBlocks,
    moved: fs.alloc.moved,
    files,
    freeFragmentation: free === 0 ? 0 : 1 - largestFreeRun / free,
  };
}
