import { describe, expect, it } from 'vitest';
import { applyFsOp } from '../applyFsOp';
import { createFileSystem } from '../fileSystem';
import type { FsOp } from '../fsOp';
import { fsInvariants } from '../invariants';
import { placementOf } from '../layout/nodeLayout';
import { resolve } from '../paths';
import type { FsState, Inode, NodeAllocationName } from '../types';
import { formatAllocation } from './nodeAllocation';

const KIB = 1024;

/** 32 blocks of 1 KiB under `allocation`, after `ops`; each must succeed. */
function fsAfter(allocation: NodeAllocationName, ops: FsOp[]): FsState {
  const fs = createFileSystem({
    inodes: 16,
    dataBlocks: 32,
    entriesPerBlock: 32,
    pointersPerInode: 300,
    blockSize: KIB,
  });
  formatAllocation(fs, allocation);
  for (const op of ops)
    expect(applyFsOp(fs, op, placementOf({ allocation, blocks: 32, inodes: 16 }))).toMatchObject({ ok: true });
  return fs;
}

const inodeAt = (fs: FsState, path: string): Inode => {
  const found = resolve(fs, path);
  if (!found.ok) throw new Error(path);
  return fs.inodes[found.inum] as Inode;
};

const write = (path: string, blocks: number): FsOp => ({ kind: 'write', path, bytes: blocks * KIB });

describe('the node file system under an allocation strategy', () => {
  it('contiguous: a file that cannot grow in place moves whole, its blocks counted as copied', () => {
    const fs = fsAfter('contiguous', [write('/a', 4), write('/b', 4), write('/a', 1)]);
    expect(inodeAt(fs, '/a').blocks).toEqual([9, 10, 11, 12, 13]);
    expect(fs.alloc?.moved).toBe(4);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('contiguous: refuses a file no run holds though enough blocks are free, and says why', () => {
    // Files of 3 blocks at 1–30, every other one removed: 15 blocks free in runs of 3.
    const names = Array.from({ length: 10 }, (_, i) => `/f${i}`);
    const fs = fsAfter('contiguous', [
      ...names.map((n) => write(n, 3)),
      ...names.filter((_, i) => i % 2 === 0).map((path): FsOp => ({ kind: 'rm', path })),
    ]);
    const before = structuredClone(fs);
    const done = applyFsOp(fs, write('/big', 6), placementOf({ allocation: 'contiguous', blocks: 32, inodes: 16 }));
    expect(done).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
    expect(!done.ok && done.error.message).toMatch(
      /16 blocks are free, but the longest free run is 3 \(external fragmentation/,
    );
    expect(fs).toEqual(before);
  });

  it('linked: the FAT is reserved when the file system is made, and a file chains the nearest free blocks', () => {
    const fs = fsAfter('linked', [write('/a', 2), write('/b', 2), write('/a', 2)]);
    expect(fs.alloc?.fat).toEqual([1]);
    expect(fs.blocks[1]).toEqual({ kind: 'meta', holds: 'fat' });
    expect(inodeAt(fs, '/a').blocks).toEqual([2, 3, 6, 7]);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('indexed: a file past 12 blocks gets an indirect block, and gives it back when it shrinks', () => {
    const fs = fsAfter('indexed', [write('/a', 13)]);
    const a = inodeAt(fs, '/a');
    expect(a.meta).toEqual([14]);
    expect(fs.blocks[14]).toEqual({ kind: 'meta', holds: 'indirect' });
    applyFsOp(fs, { kind: 'truncate', path: '/a', bytes: 12 * KIB });
    expect(a.meta).toBeUndefined();
    expect(fs.dataBitmap[14]).toBe(0);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('extents: a file in more than 4 runs gets an extent-tree leaf', () => {
    const grow = ['/a', '/x1', '/a', '/x2', '/a', '/x3', '/a', '/x4', '/a'].map((p) => write(p, 1));
    const fs = fsAfter('extents', grow);
    const a = inodeAt(fs, '/a');
    expect(a.blocks).toEqual([1, 3, 5, 7, 9]);
    expect(a.meta).toEqual([10]);
    expect(fs.blocks[10]).toEqual({ kind: 'meta', holds: 'extentTree' });
    expect(fsInvariants(fs)).toEqual([]);
  });
});
