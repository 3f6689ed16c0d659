import { describe, expect, it } from 'vitest';
import { createFileSystem } from './fileSystem';
import { fsInvariants } from './invariants';
import { appendBlock, create, link, rmdir, unlink } from './operations';
import { resolve } from './paths';
import type { FsGeometry, FsResult } from './types';

const VSFS: FsGeometry = { inodes: 8, dataBlocks: 8, entriesPerBlock: 32, pointersPerInode: 1, blockSize: 4096 };

const code = (r: FsResult) => (r.ok ? 'ok' : r.error.code);

describe('file-system operations', () => {
  it('mkdir takes the lowest free inode and block and links the parent', () => {
    const fs = createFileSystem(VSFS);
    expect(create(fs, '/a', 'dir')).toEqual({ ok: true, inum: 1 });
    expect(fs.inodes[1]).toMatchObject({ kind: 'dir', links: 2, blocks: [1] });
    expect(fs.blocks[1]).toEqual({
      kind: 'dir',
      entries: [
        ['.', 1],
        ['..', 0],
      ],
    });
    expect(fs.inodes[0]?.links).toBe(3);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('a file keeps its data until its last name goes', () => {
    const fs = createFileSystem(VSFS);
    create(fs, '/f', 'file');
    appendBlock(fs, '/f', 'u');
    link(fs, '/f', '/g');
    expect(fs.inodes[1]).toMatchObject({ kind: 'file', links: 2, blocks: [1] });
    unlink(fs, '/f');
    expect(fs.blocks[1]).toEqual({ kind: 'file', data: 'u' });
    unlink(fs, '/g');
    expect(fs.inodes[1]).toBeNull();
    expect(fs.dataBitmap[1]).toBe(0);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('refuses with the POSIX error and changes nothing', () => {
    const fs = createFileSystem(VSFS);
    create(fs, '/d', 'dir');
    create(fs, '/d/f', 'file');
    appendBlock(fs, '/d/f', 'a');
    const before = structuredClone(fs);
    expect(code(create(fs, '/d', 'file'))).toBe('EEXIST');
    expect(code(create(fs, '/x/y', 'file'))).toBe('ENOENT');
    expect(code(create(fs, '/d/f/y', 'file'))).toBe('ENOTDIR');
    expect(code(link(fs, '/d', '/e'))).toBe('EPERM');
    expect(code(unlink(fs, '/d'))).toBe('EISDIR');
    expect(code(rmdir(fs, '/d'))).toBe('ENOTEMPTY');
    expect(code(rmdir(fs, '/'))).toBe('EBUSY');
    expect(code(create(fs, 'relative', 'file'))).toBe('EINVAL');
    expect(code(create(fs, `/${'n'.repeat(256)}`, 'file'))).toBe('ENAMETOOLONG');
    expect(code(appendBlock(fs, '/d/f', 'b'))).toBe('EFBIG');
    expect(fs).toEqual(before);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('runs out of inodes and blocks with ENOSPC', () => {
    const fs = createFileSystem({ ...VSFS, inodes: 2, dataBlocks: 2 });
    create(fs, '/a', 'dir');
    expect(create(fs, '/b', 'file')).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
    const roomy = createFileSystem({ ...VSFS, dataBlocks: 2 });
    create(roomy, '/a', 'dir');
    expect(create(roomy, '/b', 'dir')).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
    expect(roomy.inodeBitmap[2]).toBe(0);
  });

  it('a directory grows by a block when its pointers allow, and is full when they do not', () => {
    const fs = createFileSystem({
      inodes: 16,
      dataBlocks: 8,
      entriesPerBlock: 3,
      pointersPerInode: 2,
      blockSize: 4096,
    });
    for (const n of 'abcd') expect(code(create(fs, `/${n}`, 'file'))).toBe('ok');
    expect(fs.inodes[0]?.blocks).toEqual([0, 1]);
    expect(code(create(fs, '/e', 'file'))).toBe('ENOSPC');
    expect(resolve(fs, '/d')).toEqual({ ok: true, inum: 4 });
    expect(fsInvariants(fs)).toEqual([]);
  });
});
