import { mark } from '../bitmap';
import { geometryOf, type FsConfig } from '../config';
import { createFileSystem } from '../fileSystem';
import type { FsState, Inode, InodeKind, MetaBlockKind, NodeAllocationName } from '../types';
import { blockRuns, fatBlocks } from './disk';
import { treeBlocksFor } from './extents';
import { indirectBlocksFor } from './indexed';
import { nearestFreeBlocks } from './nodePlacement';

/**
 * A node's file system under an allocation strategy (a scenario's fs.allocation): the metadata blocks of its own it
 * keeps on the disk, counted as the comparison model counts them (indexed.ts, extents.ts, disk.ts). A directory's
 * blocks keep none (only files do: a directory past 12 blocks, 1,536 names at 4 KiB, is rare enough to leave out).
 */
export const NODE_ALLOCATIONS = [
  'indexed',
  'contiguous',
  'linked',
  'extents',
] as const satisfies readonly NodeAllocationName[];

/** What a strategy's own per-file blocks hold, or null when it keeps none per file. */
const PER_FILE: Readonly<Record<NodeAllocationName, MetaBlockKind | null>> = {
  indexed: 'indirect',
  extents: 'extentTree',
  contiguous: null,
  linked: null,
};

/**
 * Gives a new file system its strategy; linked reserves its file allocation table (4 bytes a block) in the lowest
 * free blocks, right after the root directory's.
 */
export function formatAllocation(fs: FsState, strategy: NodeAllocationName): void {
  const count =
    strategy === 'linked' ? fatBlocks({ blocks: fs.geometry.dataBlocks, blockSize: fs.geometry.blockSize }) : 0;
  const fat = nearestFreeBlocks(fs.dataBitmap, 0, count) ?? [];
  for (const b of fat) {
    mark(fs, 'blocks', b, 1);
    fs.blocks[b] = { kind: 'meta', holds: 'fat' };
  }
  fs.alloc = { strategy, fat, moved: 0 };
}

/** A node's new file system for its scenario's fs section: the geometry's, formatted for its allocation. */
export function nodeFileSystem(config: FsConfig): FsState {
  const fs = createFileSystem(geometryOf(config));
  if (config.allocation !== undefined) formatAllocation(fs, config.allocation);
  return fs;
}

/** Metadata blocks a `kind` inode of data blocks `blocks` then `more` needs under the file system's strategy. */
export function metaFor(fs: FsState, kind: InodeKind, blocks: readonly number[], more: readonly number[] = []): number {
  const holds = fs.alloc && kind === 'file' ? PER_FILE[fs.alloc.strategy] : null;
  if (holds === 'indirect') return indirectBlocksFor(fs, blocks.length + more.length);
  if (holds === 'extentTree') return treeBlocksFor(fs, blockRuns([...blocks, ...more]).length);
  return 0;
}

/** `count` free blocks for metadata, the nearest after `goal` (as the model puts indirect and tree blocks). */
export function pickMeta(fs: FsState, goal: number, count: number): number[] | null {
  return count > 0 ? nearestFreeBlocks(fs.dataBitmap, goal, count) : [];
}

/** Takes metadata blocks for a file. */
export function takeMeta(fs: FsState, inode: Inode, blocks: readonly number[]): void {
  if (blocks.length === 0 || !fs.alloc) return;
  const holds = PER_FILE[fs.alloc.strategy] ?? 'indirect';
  for (const b of blocks) {
    mark(fs, 'blocks', b, 1);
    fs.blocks[b] = { kind: 'meta', holds };
  }
  inode.meta = [...(inode.meta ?? []), ...blocks];
}

/** Frees the metadata blocks a file no longer needs (all of them when it is freed), the last taken first. */
export function trimMeta(fs: FsState, inode: Inode, keep = metaFor(fs, inode.kind, inode.blocks)): void {
  if (!inode.meta) return;
  for (const b of inode.meta.splice(keep)) {
    mark(fs, 'blocks', b, 0);
    fs.blocks[b] = null;
  }
  if (inode.meta.length === 0) delete inode.meta;
}

/** An inode's data and metadata blocks. */
export const blocksOf = (inode: Inode): number[] => (inode.meta ? [...inode.blocks, ...inode.meta] : inode.blocks);
