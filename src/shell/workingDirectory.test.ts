import { describe, expect, it } from 'vitest';
import { applyFsOp } from '../core/fs/applyFsOp';
import { createFileSystem } from '../core/fs/fileSystem';
import { treeOf, type FsPicture } from '../core/fs/subsystem/view';
import { absolutePath } from './workingDirectory';
import { entryAt } from './vfsPlace';

describe('absolutePath', () => {
  it('starts a relative path at the working directory and reads . and .. by name', () => {
    expect(absolutePath('/', 'a')).toBe('/a');
    expect(absolutePath('/data', 'log')).toBe('/data/log');
    expect(absolutePath('/data', './x/../y')).toBe('/data/y');
    expect(absolutePath('/data', '..')).toBe('/');
    expect(absolutePath('/', '../..')).toBe('/');
    expect(absolutePath('/data', '/etc//f/')).toBe('/etc/f');
  });
});

describe('entryAt', () => {
  const fs = createFileSystem({ inodes: 16, dataBlocks: 16, entriesPerBlock: 8, pointersPerInode: 4, blockSize: 512 });
  for (const op of [
    { kind: 'mkdir', path: '/data' },
    { kind: 'mkdir', path: '/data/real' },
    { kind: 'touch', path: '/data/real/file' },
    { kind: 'symlink', target: '/data/real', path: '/d' },
    { kind: 'symlink', target: 'real', path: '/data/rel' },
    { kind: 'symlink', target: '/l2', path: '/l1' },
    { kind: 'symlink', target: '/l1', path: '/l2' },
  ] as const)
    expect(applyFsOp(fs, op).ok).toBe(true);
  const picture = {
    tree: treeOf(fs),
    inodes: fs.inodes.flatMap((inode, inum) => (inode ? [{ inum, inode }] : [])),
  } as unknown as FsPicture;
  const at = (path: string, followLast: boolean) => entryAt(picture, path, followLast)?.path ?? null;

  it('follows links in the middle of a path, absolute or relative to the link’s directory', () => {
    expect(at('/d/file', false)).toBe('/data/real/file');
    expect(at('/data/rel/file', false)).toBe('/data/real/file');
    expect(at('/data/rel/../real/file', false)).toBe('/data/real/file');
    expect(at('/d/../rel/file', false)).toBe('/data/real/file');
  });

  it('follows a link at the end only when asked, and gives up on a loop or a missing name', () => {
    expect(at('/d', false)).toBe('/d');
    expect(at('/d', true)).toBe('/data/real');
    expect(at('/l1', false)).toBe('/l1');
    expect(at('/l1', true)).toBe(null);
    expect(at('/d/nothing', false)).toBe(null);
  });
});
