import type { FsError } from '../types';

/**
 * A mounted file system's names as a tree made on demand (procfs from the kernel's state, the ledger's from its
 * blocks): directories of named nodes, and files holding their text. Plain data, made for one tick and dropped.
 */
export type VNode =
  { kind: 'dir'; entries: readonly (readonly [name: string, node: VNode])[] } | { kind: 'file'; text: string };

export const dir = (entries: readonly (readonly [string, VNode])[]): VNode => ({ kind: 'dir', entries });
export const file = (text: string): VNode => ({ kind: 'file', text });

/** The node `names` reach from `root` (where the tree is mounted at `point`), or the error a lookup gives. */
export function nodeAt(
  root: VNode,
  point: string,
  names: readonly string[],
): { ok: true; node: VNode } | { ok: false; error: FsError } {
  let node = root;
  let path = point;
  for (const name of names) {
    if (node.kind !== 'dir') return { ok: false, error: { code: 'ENOTDIR', message: `${path} is not a directory` } };
    path = `${path}/${name}`;
    const found = node.entries.find(([n]) => n === name);
    if (!found) return { ok: false, error: { code: 'ENOENT', message: `${path} does not exist` } };
    node = found[1];
  }
  return { ok: true, node };
}

/** One name of a mounted tree, depth first in listing order, as a file browser shows it. */
export interface VEntry {
  path: string;
  name: string;
  /** 0 for the mount point */
  depth: number;
  node: VNode;
}

/** Every name of a tree mounted at `point`, the point first, then depth first in listing order. */
export function entriesUnder(root: VNode, point: string): VEntry[] {
  const out: VEntry[] = [];
  const walk = (node: VNode, path: string, name: string, depth: number): void => {
    out.push({ path, name, depth, node });
    if (node.kind === 'dir') for (const [n, child] of node.entries) walk(child, `${path}/${n}`, n, depth + 1);
  };
  walk(root, point, point.slice(1), 0);
  return out;
}
