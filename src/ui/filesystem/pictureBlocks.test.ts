import { describe, expect, it } from 'vitest';
import { BLOCK_KIND } from '../../core/fs/allocation/types';
import { pictureBlocks } from './pictureBlocks';

describe('pictureBlocks under an allocation strategy', () => {
  it('colours a file’s indirect blocks and the FAT, owning the first to the file and the FAT to none', () => {
    const file = { kind: 'file' as const, blocks: [3, 4], meta: [5] };
    const indexed = pictureBlocks({ config: { blocks: 8, allocation: 'indexed' }, inodes: [{ inum: 2, inode: file }] });
    expect(Array.from(indexed.kind.subarray(3, 6))).toEqual([BLOCK_KIND.data, BLOCK_KIND.data, BLOCK_KIND.indirect]);
    expect(indexed.owner[5]).toBe(2);
    const extents = pictureBlocks({ config: { blocks: 8, allocation: 'extents' }, inodes: [{ inum: 2, inode: file }] });
    expect(extents.kind[5]).toBe(BLOCK_KIND.extentTree);
    const linked = pictureBlocks({
      config: { blocks: 8, allocation: 'linked' },
      inodes: [],
      figures: { allocation: { fat: [1] } },
    });
    expect([linked.kind[1], linked.owner[1]]).toEqual([BLOCK_KIND.fat, -1]);
  });
});
