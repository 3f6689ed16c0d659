import { splitPath } from '../paths';
import type { FsError } from '../types';
import { releaseBlocks } from './disk';
import type { AllocDir, AllocDisk, AllocFile, AllocInode } from './types';

/**
 * The allocation disk's namespace: each directory a Map from name to inode, so a lookup costs the same in a
 * directory of ten names or of ten thousand (a workload of 100,000 operations cannot afford vsfs's scan of
 * directory blocks, operations.ts; the vsfs picture stays what OSTEP's scripts read).
 */

export const fail = (code: FsError['code'], message: string): { ok: false; error: FsError } => ({
  ok: false,
  error: { code, message },
});

/** Follows `names` from the root: the inode number, or the POSIX error a lookup gives. */
function walk(disk: AllocDisk, names: readonly string[]): { ok: true; inum: number } | { ok: false; error: FsError } {
  let inum = 0;
  const walked = (i: number): string => `/${names.slice(0, i).join('/')}`;
  for (let i = 0; i < names.length; i++) {
    const dir = disk.inodes[inum] as AllocInode;
    if (dir.kind !== 'dir') return fail('ENOTDIR', `${walked(i)} is not a directory`);
    const next = dir.entries.get(names[i] as string);
    if (next === undefined) return fail('ENOENT', `${walked(i + 1)} does not exist`);
    inum = next;
  }
  return { ok: true, inum };
}

export function resolveIn(disk: AllocDisk, path: string): { ok: true; inum: number } | { ok: false; error: FsError } {
  const split = splitPath(path);
  return split.ok ? walk(disk, split.names) : split;
}

/** A path's parent directory (which must exist) and last name, and the inode that name holds now (or -1). */
export function parentOf(
  disk: AllocDisk,
  path: string,
): { ok: true; parent: AllocDir; parentInum: number; name: string; inum: number } | { ok: false; error: FsError } {
  const split = splitPath(path);
  if (!split.ok) return split;
  const name = split.names.pop();
  if (name === undefined) return fail('EBUSY', 'the root directory / cannot be made, removed or moved');
  if (name === '.' || name === '..') return fail('EINVAL', `"${name}" names a directory itself or its parent`);
  const found = walk(disk, split.names);
  if (!found.ok) return found;
  const parent = disk.inodes[found.inum] as AllocInode;
  if (parent.kind !== 'dir') return fail('ENOTDIR', `/${split.names.join('/')} is not a directory`);
  return { ok: true, parent, parentInum: found.inum, name, inum: parent.entries.get(name) ?? -1 };
}

/** A new inode (the last freed first, else a new number). */
export function newInode(disk: AllocDisk, inode: AllocInode): number {
  const inum = disk.freeInodes.pop() ?? disk.inodes.length;
  disk.inodes[inum] = inode;
  return inum;
}

/** Drops one name of a file; its last name gone, its blocks and inode are free. */
export function dropLink(disk: AllocDisk, inum: number): void {
  const file = disk.inodes[inum] as AllocFile;
  if (--file.links > 0) return;
  releaseBlocks(disk, file.blocks);
  releaseBlocks(disk, file.meta);
  disk.inodes[inum] = null;
  disk.freeInodes.push(inum);
}

/** Every file's path (its first name in a walk by name order) by inode number. */
export function filePaths(disk: AllocDisk): Map<number, string> {
  const paths = new Map<number, string>();
  const visit = (inum: number, prefix: string): void => {
    const dir = disk.inodes[inum] as AllocDir;
    for (const name of [...dir.entries.keys()].sort()) {
      const child = dir.entries.get(name) as number;
      const path = `${prefix}/${name}`;
      if ((disk.inodes[child] as AllocInode).kind === 'dir') visit(child, path);
      else if (!paths.has(child)) paths.set(child, path);
    }
  };
  visit(0, '');
  return paths;
}
