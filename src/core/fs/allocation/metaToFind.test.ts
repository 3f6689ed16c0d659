import { describe, expect, it } from 'vitest';
import { createFileSystem, newInode } from '../fileSystem';
import type { NodeAllocationName } from '../types';
import { metaToFind } from './metaToFind';
import { formatAllocation } from './nodeAllocation';

/** A file system of 512-byte blocks (128 pointers an indirect block) and a file of `blocks` with `meta`. */
function fileUnder(strategy: NodeAllocationName, blocks: number[], meta?: number[]) {
  const fs = createFileSystem({
    inodes: 4,
    dataBlocks: 512,
    entriesPerBlock: 16,
    pointersPerInode: 400,
    blockSize: 512,
  });
  formatAllocation(fs, strategy);
  const inode = newInode(fs, 'file', blocks);
  if (meta) inode.meta = meta;
  return { fs, inode };
}

const blocksFrom = (start: number, n: number) => Array.from({ length: n }, (_, i) => start + i);

describe('metaToFind: the metadata a request goes through to find its blocks', () => {
  it('indexed: none within the 12 direct pointers; the single indirect, then the double and its child', () => {
    const { fs, inode } = fileUnder('indexed', blocksFrom(10, 150), [400, 401, 402]);
    expect(metaToFind(fs, inode, 0, 12)).toBeNull();
    expect(metaToFind(fs, inode, 10, 4)).toEqual({ holds: 'indirect', blocks: [400] });
    expect(metaToFind(fs, inode, 139, 2)).toEqual({ holds: 'indirect', blocks: [400, 401, 402] });
  });

  it('linked: the FAT blocks holding the chain up to the last block wanted, none for the first block', () => {
    // 512 blocks of 512 bytes: a FAT of 4 blocks (1–4, after the root's), 128 entries each.
    const { fs, inode } = fileUnder('linked', [10, 200, 300]);
    expect(fs.alloc?.fat).toEqual([1, 2, 3, 4]);
    expect(metaToFind(fs, inode, 0, 1)).toBeNull();
    expect(metaToFind(fs, inode, 2, 1)).toEqual({ holds: 'fat', blocks: [1, 2] });
  });

  it('extents: the tree leaves when the file has them; contiguous: nothing', () => {
    const e = fileUnder('extents', [9], [50]);
    expect(metaToFind(e.fs, e.inode, 0, 1)).toEqual({ holds: 'extentTree', blocks: [50] });
    const c = fileUnder('contiguous', blocksFrom(9, 20));
    expect(metaToFind(c.fs, c.inode, 0, 20)).toBeNull();
  });
});
