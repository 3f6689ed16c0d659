import { BLOCK_KIND } from '../../core/fs/allocation/types';
import type { DiskBlocks } from './diskMapModel';

/** Four blocks: data of inode 1, an indirect block of it, data of inode 2, one free. */
export function createAllocDiskForTest(): DiskBlocks {
  return {
    kind: Uint8Array.from([BLOCK_KIND.data, BLOCK_KIND.indirect, BLOCK_KIND.data, BLOCK_KIND.free]),
    owner: Int32Array.from([1, 1, 2, -1]),
  };
}
