import { describe, expect, it } from 'vitest';
import { applyFsOp } from './applyFsOp';
import { createFileSystem } from './fileSystem';
import { parseFsOp } from './fsOp';
import { fsInvariants } from './invariants';
import { entriesOf, resolve } from './paths';
import type { FsState, Inode } from './types';

const disk = (): FsState =>
  createFileSystem({ inodes: 16, dataBlocks: 16, entriesPerBlock: 8, pointersPerInode: 4, blockSize: 1024 });

/** Runs typed lines, the tick counting up from 1; the result of the last. */
function run(fs: FsState, ...lines: string[]) {
  let last = null;
  for (const line of lines) {
    const parsed = parseFsOp(line);
    if (!parsed.ok) throw new Error(parsed.error.message);
    fs.now++;
    last = applyFsOp(fs, parsed.op, undefined, 7);
  }
  return last;
}

const inodeAt = (fs: FsState, path: string): Inode => {
  const r = resolve(fs, path);
  if (!r.ok) throw new Error(r.error.message);
  return fs.inodes[r.inum] as Inode;
};
const names = (fs: FsState, path: string) => entriesOf(fs, inodeAt(fs, path)).map(([n, i]) => `${n}:${i}`);

describe('applying file operations', () => {
  it('writes append, making the file with its blocks; truncate gives blocks back', () => {
    const fs = disk();
    run(fs, 'write /f 1500');
    expect(inodeAt(fs, '/f')).toMatchObject({ size: 1500, blocks: [1, 2], owner: 7, mode: 0o644, mtime: 1 });
    run(fs, 'write /f 600');
    expect(inodeAt(fs, '/f')).toMatchObject({ size: 2100, blocks: [1, 2, 3], mtime: 2 });
    run(fs, 'truncate /f 10');
    expect(inodeAt(fs, '/f')).toMatchObject({ size: 10, blocks: [1] });
    expect(fs.used.blocks).toBe(2);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('refuses a write past what an inode points at, or past the free blocks, and changes nothing', () => {
    const fs = disk();
    const before = structuredClone(fs);
    expect(run(fs, 'write /f 5000')).toMatchObject({ ok: false, error: { code: 'EFBIG' } });
    expect({ ...fs, now: 0 }).toEqual(before);
    run(fs, 'write /a 4096', 'write /b 4096', 'write /c 4096');
    expect(run(fs, 'write /d 4096')).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
    expect(resolve(fs, '/d').ok).toBe(false);
  });

  it('moves a directory to another parent: its ".." and both link counts follow', () => {
    const fs = disk();
    run(fs, 'mkdir /a', 'mkdir /b', 'mkdir /a/x', 'mv /a/x /b/y');
    expect(names(fs, '/b/y')).toEqual(['.:3', '..:2']);
    expect(inodeAt(fs, '/a').links).toBe(2);
    expect(inodeAt(fs, '/b').links).toBe(3);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('refuses to move a directory under itself', () => {
    const fs = disk();
    run(fs, 'mkdir /a', 'mkdir /a/b');
    expect(run(fs, 'mv /a /a/b/c')).toMatchObject({ ok: false, error: { code: 'EINVAL' } });
  });

  it('replaces a file of the same name in one step, and frees it with its last name', () => {
    const fs = disk();
    run(fs, 'write /a 100', 'write /b 2000', 'mv /a /b');
    expect(names(fs, '/')).toEqual(['.:0', '..:0', 'b:1']);
    expect(inodeAt(fs, '/b').size).toBe(100);
    expect(fs.used).toEqual({ inodes: 2, blocks: 2 });
    expect(run(fs, 'mkdir /d', 'mv /d /b')).toMatchObject({ ok: false, error: { code: 'ENOTDIR' } });
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('replaces only an empty directory', () => {
    const fs = disk();
    run(fs, 'mkdir /a', 'mkdir /b', 'touch /b/f');
    expect(run(fs, 'mv /a /b')).toMatchObject({ ok: false, error: { code: 'ENOTEMPTY' } });
    run(fs, 'rm /b/f');
    expect(run(fs, 'mv /a /b')).toMatchObject({ ok: true });
    expect(names(fs, '/')).toEqual(['.:0', '..:0', 'b:1']);
    expect(inodeAt(fs, '/').links).toBe(3);
    expect(fsInvariants(fs)).toEqual([]);
  });
});
