import type { FsPicture, FsTreeEntry } from '../core/fs/subsystem/view';
import type { FsError, Inode } from '../core/fs/types';
import { MOUNTS, type Mount } from '../core/fs/vfs/mounts';
import { mountedTree } from '../core/fs/vfs/mountedTrees';
import { resolveVfs, type BlockNames } from '../core/fs/vfs/resolveVfs';
import { entriesUnder, nodeAt, type VNode } from '../core/fs/vfs/tree';
import type { ShellView } from './host';

/**
 * The console's VFS: a typed path resolved as the kernel resolves it, across the mount points, over what the
 * front end holds at the tick shown (the file system's picture, the frame's processes, memory's frames).
 */

/** The block file system's names in a picture's tree: a name's path is its directory's path and the name. */
function pictureNames(fs: Pick<FsPicture, 'tree' | 'inodes'>): BlockNames<FsTreeEntry> {
  const byPath = new Map(fs.tree.map((e) => [e.path, e]));
  const inodes = new Map(fs.inodes.map((i) => [i.inum, i.inode]));
  const root = byPath.get('/') as FsTreeEntry;
  return {
    root,
    lookup: (dir, name) =>
      name === '..'
        ? (byPath.get(dir.path.slice(0, dir.path.lastIndexOf('/')) || '/') ?? root)
        : (byPath.get(`${dir.path === '/' ? '' : dir.path}/${name}`) ?? null),
    isDir: (e) => inodes.get(e.inum)?.kind === 'dir',
    target: (e) => inodes.get(e.inum)?.target ?? null,
  };
}

/** Where a typed path leads: a name of the block file system, a node of a mounted one, or why neither. */
export type Place =
  | { in: 'block'; entry: FsTreeEntry; inode: Readonly<Inode> }
  | { in: 'mount'; mount: Mount; names: string[]; node: VNode; tick: number }
  | { in: 'none'; error: FsError };

/** The tree a mount holds at the tick shown. */
const treeOf = (view: Pick<ShellView, 'frame' | 'memory'>, fs: FsPicture, mount: Mount): VNode =>
  mountedTree(mount, fs, { tick: view.frame?.tick ?? 0, processes: view.frame?.processes ?? [], memory: view.memory });

/**
 * The name in the picture's tree that `path` reaches, following symbolic links on the way as the kernel's
 * resolution does, and at the end too when `follow` (stat and rm act on a link itself, cd and ls go through it);
 * null when the path names nothing (or loops), or names something in a mounted file system (see placeAt).
 */
export function entryAt(fs: Pick<FsPicture, 'tree' | 'inodes'>, path: string, follow: boolean): FsTreeEntry | null {
  const place = resolveVfs(pictureNames(fs), path, follow);
  return place.in === 'block' ? place.node : null;
}

/** What `path` names, following a last symbolic link when `follow`. */
export function placeAt(view: ShellView, fs: FsPicture, path: string, follow: boolean): Place {
  const place = resolveVfs(pictureNames(fs), path, follow);
  if (place.in === 'error') return { in: 'none', error: place.error };
  if (place.in === 'block') {
    const inode = place.node && fs.inodes.find((i) => i.inum === place.node?.inum)?.inode;
    return place.node && inode
      ? { in: 'block', entry: place.node, inode }
      : { in: 'none', error: { code: 'ENOENT', message: `${path} does not exist` } };
  }
  const found = nodeAt(treeOf(view, fs, place.mount), place.mount.point, place.names);
  if (!found.ok) return { in: 'none', error: found.error };
  return { in: 'mount', mount: place.mount, names: place.names, node: found.node, tick: view.frame?.tick ?? 0 };
}

/** Every path a typed argument may name at the tick shown, for Tab: the disk's names, then /proc's and /ledger's. */
export function completionPaths(view: Pick<ShellView, 'fs' | 'frame' | 'memory'>): string[] {
  const { fs } = view;
  if (!fs) return [];
  const facts = { tick: view.frame?.tick ?? 0, processes: view.frame?.processes ?? [], memory: view.memory };
  return [
    ...fs.tree.map((e) => e.path),
    ...MOUNTS.filter((m) => m.point !== '/').flatMap((m) =>
      entriesUnder(mountedTree(m, fs, facts), m.point).map((e) => e.path),
    ),
  ];
}
