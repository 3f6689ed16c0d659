import type { FsConfig } from '../config';
import { applyPlaced } from '../layout/nodeLayout';
import type { FsOp } from '../fsOp';
import type { FsError, FsState } from '../types';
import { cacheLayout, modelDir } from './listing';
import type { ModelStore } from './types';

/** Where the node keeps its model store. */
export const STORE_ROOT = '/models';

/** A snapshot's directory in the node's file system. */
export const snapshotPath = (model: string, revision: string): string =>
  `${STORE_ROOT}/${modelDir(model)}/snapshots/${revision}`;

/**
 * Writes the store into the file system under /models as the hub cache lays it out (listing.ts's cacheLayout):
 * directories as needed, each blob a file of its size, a blob another model stored first a hard link to it, each ref
 * a file holding its revision (40 bytes), each snapshot file a symbolic link to its blob. Inodes and blocks go where
 * the node's layout puts them. Returns the first refusal (a full disk, a path too long) with the path it was for;
 * the file system is then half laid out, so callers lay a store only on a file system they can throw away or that
 * validation showed takes it.
 */
export function layStore(
  fs: FsState,
  config: Pick<FsConfig, 'layout' | 'ffs' | 'blocks' | 'inodes'>,
  store: ModelStore,
): { ok: true } | { ok: false; path: string; error: FsError } {
  const made = new Set<string>();
  const steps: Extract<FsOp, { path: string }>[] = [];
  const dirsOf = (path: string): void => {
    const names = path.split('/').slice(1, -1);
    for (let i = 1; i <= names.length; i++) {
      const dir = `/${names.slice(0, i).join('/')}`;
      if (!made.has(dir)) steps.push({ kind: 'mkdir', path: dir });
      made.add(dir);
    }
  };
  for (const e of cacheLayout(store)) {
    const path = `${STORE_ROOT}/${e.path}`;
    dirsOf(path);
    if (e.kind === 'blob') steps.push({ kind: 'write', path, bytes: e.size });
    else if (e.kind === 'sharedBlob') steps.push({ kind: 'link', target: `${STORE_ROOT}/${e.of}`, path });
    else if (e.kind === 'ref') steps.push({ kind: 'write', path, bytes: e.revision.length });
    else steps.push({ kind: 'symlink', target: e.target, path });
  }
  for (const op of steps) {
    const { done } = applyPlaced(fs, config, op);
    if (!done.ok) return { ok: false, path: op.path, error: done.error };
  }
  return { ok: true };
}
