import { splitPath, SYMLOOP_MAX } from '../paths';
import type { FsError } from '../types';
import { mountNamed, type Mount } from './mounts';

/**
 * Path resolution across mount points. The block file system is walked through its directories as the kernel
 * walks it (symbolic links followed, ".." by its directory entry); looking a mount's name up in its root enters
 * that mount, and ".." at a mount's root leaves it for the root of /, as Linux does. Inside /proc and /ledger,
 * which hold no links, names are taken as they come ("/proc/7/.." is /proc whether or not P7 lives); the mounted
 * file system says whether the names it is given exist.
 */

/** What resolution needs of the block file system: the kernel's on-disk picture or a frame's tree alike. */
export interface BlockNames<N> {
  root: N;
  /** what `name` (".." included) names in directory `dir`, or null */
  lookup(dir: N, name: string): N | null;
  isDir(node: N): boolean;
  /** a symbolic link's target, or null for anything else */
  target(node: N): string | null;
}

/**
 * Where a path leads. In the block file system: the node, or null when only its last name is missing (a name to
 * make), with the path as names from the root; `crossed` says a mount was entered on the way (and left again).
 * In a mount: the names inside it ([] for its root). Or the error a lookup on the way gave.
 */
export type VfsPlace<N> =
  | { in: 'block'; node: N | null; path: string; crossed: boolean }
  | { in: 'mount'; mount: Mount; names: string[] }
  | { in: 'error'; error: FsError; crossed: boolean };

const failAt = <N>(code: FsError['code'], message: string, crossed: boolean): VfsPlace<N> => ({
  in: 'error',
  error: { code, message },
  crossed,
});

/** Resolves an absolute path; a symbolic link named last is followed only when `follow` (see paths.ts). */
export function resolveVfs<N>(block: BlockNames<N>, path: string, follow: boolean): VfsPlace<N> {
  const split = splitPath(path);
  if (!split.ok) return { in: 'error', error: split.error, crossed: false };
  const { names } = split;
  // A followed link's names, last first, walked before the path's own from `next` on.
  const pending: string[] = [];
  let next = 0;
  let node: N = block.root;
  const walked: string[] = [];
  let mount: { at: Mount; names: string[] } | null = null;
  let crossed = false;
  let hops = 0;
  for (;;) {
    const name =
      pending.length > 0 ? (pending.pop() as string) : next < names.length ? (names[next++] as string) : null;
    if (name === null) break;
    const last = pending.length === 0 && next === names.length;
    if (name === '.') continue;
    if (mount) {
      if (name !== '..') mount.names.push(name);
      else if (mount.names.pop() === undefined) mount = null;
      continue;
    }
    const here = `/${walked.join('/')}`;
    if (!block.isDir(node)) return failAt('ENOTDIR', `${here} is not a directory`, crossed);
    const entered = walked.length === 0 ? mountNamed(name) : undefined;
    if (entered) {
      mount = { at: entered, names: [] };
      crossed = true;
      continue;
    }
    const child = block.lookup(node, name);
    if (name === '..') {
      walked.pop();
      node = child ?? block.root;
      continue;
    }
    if (child === null) {
      if (last) return { in: 'block', node: null, path: `/${[...walked, name].join('/')}`, crossed };
      return failAt('ENOENT', `${here === '/' ? '' : here}/${name} does not exist`, crossed);
    }
    const target = block.target(child);
    if (target === null || (last && !follow)) {
      node = child;
      walked.push(name);
      continue;
    }
    if (++hops > SYMLOOP_MAX)
      return failAt('ELOOP', `${path}: more than ${SYMLOOP_MAX} symbolic links on the way (a loop of links?)`, crossed);
    if (target.startsWith('/')) {
      node = block.root;
      walked.length = 0;
    }
    for (const n of target.split('/').reverse()) if (n !== '') pending.push(n);
  }
  if (mount) return { in: 'mount', mount: mount.at, names: mount.names };
  return { in: 'block', node, path: `/${walked.join('/')}`, crossed };
}
