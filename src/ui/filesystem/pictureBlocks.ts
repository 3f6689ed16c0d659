import { BLOCK_KIND } from '../../core/fs/allocation/types';
import type { FsPicture } from '../../core/fs/subsystem/view';
import type { Inode } from '../../core/fs/types';
import type { DiskBlocks } from './diskMapModel';

/**
 * The node's file system (a frame's picture) as the disk map reads a disk: each data block a file's or a
 * directory's, owned by its inode, the rest free; under an allocation strategy, a file's indirect or extent-tree
 * blocks too (owned by its inode) and the FAT's (owned by none). The Files view passes it to DiskMap with the
 * selected inode.
 */
export function pictureBlocks(picture: {
  config: Pick<FsPicture['config'], 'blocks' | 'allocation'>;
  inodes: readonly { inum: number; inode: Pick<Inode, 'kind' | 'blocks' | 'meta'> }[];
  figures?: { allocation?: { fat: readonly number[] } };
}): DiskBlocks {
  const n = picture.config.blocks;
  const kind = new Uint8Array(n);
  const owner = new Int32Array(n).fill(-1);
  const meta = picture.config.allocation === 'extents' ? BLOCK_KIND.extentTree : BLOCK_KIND.indirect;
  for (const { inum, inode } of picture.inodes) {
    for (const b of inode.blocks) {
      kind[b] = inode.kind === 'dir' ? BLOCK_KIND.directory : BLOCK_KIND.data;
      owner[b] = inum;
    }
    for (const b of inode.meta ?? []) {
      kind[b] = meta;
      owner[b] = inum;
    }
  }
  for (const b of picture.figures?.allocation?.fat ?? []) kind[b] = BLOCK_KIND.fat;
  return { kind, owner };
}
