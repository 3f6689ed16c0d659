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

export function resolveIn(disk: AllocDisk, path: string): { ok: true; inum: number } | { ok: false; error: FsError } {
  const split = splitPath(path);
  if (!split.ok) return split;
  let inum = 0;
  let walked = '';
  for (const name of split.names) {
    const dir = disk.inodes[inum] as AllocInode;
    if (dir.kind !== 'dir') return fail('ENOTDIR', `${walked} is not a directory`);
    walked += `/${name}`;
    const next = dir.entries.get(name);
    if (next === undefined) return fail('ENOENT', `${walked} does not exist`);
    inum = next;
  }
  return { ok: true, inum };
}

/** A path's parent directory (which must exist) and last name, and the inode that name holds now (or -1). */
export function parentOf(
  disk: AllocDisk,
  path: string,
): { ok: true; parent: AllocDir; parentInum: number; name: string; inum: number } | { ok: false; error: FsError } {
  const split = splitPath(path);
  if (!split.ok) return split;
  const name = split.names[split.names.length - 1];
  if (name === undefined) return fail('EBUSY', 'the root directory / cannot be made, removed or moved');
  if (name === '.' || name === '..') return fail('EINVAL', `"${name}" names a directory itself or its parent`);
  const parentPath = `/${split.names.slice(0, -1).join('/')}`;
  const found = resolveIn(disk, parentPath);
  if (!found.ok) return found;
  const parent = disk.inodes[found.inum] as AllocInode;
  if (parent.kind !== 'dir') return fail('ENOTDIR', `${parentPath} is not a directory`);
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
  const walk = (inum: number, prefix: string): void => {
    const dir = disk.inodes[inum] as AllocDir;
    for (const name of [...dir.entries.keys()].sort()) {
      const child = dir.entries.get(name) as number;
      const path = `${prefix}/${name}`;
      if ((disk.inodes[child] as AllocInode).kind === 'dir') walk(child, path);
      else if (!paths.has(child)) paths.set(child, path);
    }
  };
  walk(0, '');
  return paths;
}
