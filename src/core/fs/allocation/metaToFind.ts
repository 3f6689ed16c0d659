import { DIRECT_POINTERS, POINTER_BYTES } from '../config';
import type { FsState, Inode, MetaBlockKind } from '../types';

/** The metadata a request reads (or updates) to find a file's blocks, and what it holds. */
export interface MetaToFind {
  holds: MetaBlockKind;
  blocks: number[];
}

/** Each distinct block of a list, in first-seen order. */
const distinct = (blocks: readonly number[]): number[] => [...new Set(blocks)];

/** The indirect blocks holding the pointers of data blocks first … first + count − 1 (indexed; ext2's tree). */
function indirectFor(fs: FsState, meta: readonly number[], first: number, count: number): number[] {
  const p = fs.geometry.blockSize / POINTER_BYTES;
  const found: number[] = [];
  for (let i = Math.max(first, DIRECT_POINTERS); i < first + count; i++) {
    if (i < DIRECT_POINTERS + p) found.push(meta[0] as number);
    else found.push(meta[1] as number, meta[2 + Math.floor((i - DIRECT_POINTERS - p) / p)] as number);
  }
  return distinct(found);
}

/**
 * The metadata blocks a request of the file's blocks first … first + count − 1 goes through to find them under the
 * file system's allocation strategy, or null when it needs none (no strategy, contiguous: the inode's start and
 * length are enough; a file within its 12 direct pointers or 4 inline extents). Linked follows the chain from the
 * file's first block, so it reads the FAT entries of every block before the last it wants: the FAT blocks holding
 * them (the FAT goes through the page cache like any block, so a cached FAT costs nothing, as DOS kept it).
 * Extents reads the file's extent-tree leaves.
 */
export function metaToFind(fs: FsState, inode: Inode, first: number, count: number): MetaToFind | null {
  if (!fs.alloc || count === 0) return null;
  const { fat } = fs.alloc;
  let found: MetaToFind | null = null;
  switch (fs.alloc.strategy) {
    case 'indexed':
      found = inode.meta ? { holds: 'indirect', blocks: indirectFor(fs, inode.meta, first, count) } : null;
      break;
    case 'extents':
      found = inode.meta ? { holds: 'extentTree', blocks: [...inode.meta] } : null;
      break;
    case 'linked': {
      const perFat = fs.geometry.blockSize / POINTER_BYTES;
      const chain = inode.blocks.slice(0, first + count - 1);
      found = { holds: 'fat', blocks: distinct(chain.map((b) => fat[Math.floor(b / perFat)] as number)) };
      break;
    }
    case 'contiguous':
      break;
  }
  return found && found.blocks.length > 0 ? found : null;
}
