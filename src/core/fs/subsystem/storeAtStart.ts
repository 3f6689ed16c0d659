import type { FsConfig, ProcessModel } from '../config';
import { layStore, snapshotPath } from '../models/layStore';
import { resolveRef } from '../models/store';
import { buildStore } from '../models/storeSpec';
import type { ModelStore } from '../models/types';
import type { FsState } from '../types';

/**
 * A model as the node serves it: the model cache's key and the bytes its weights take; for a model of the store,
 * also its snapshot in the node's file system: the directory and its files' paths in path order (read through the
 * page cache when it loads).
 */
export interface ServedModel {
  /** "org/llm@a1b2c3d" for a model of the store (its revision's first 7 digits), else the process's name for it */
  name: string;
  bytes: number;
  snapshot: { dir: string; files: string[] } | null;
}

/**
 * The scenario's model store, laid out under /models in the new node's file system (validation laid it on a fresh
 * one already, so a refusal here is a bug); null when the scenario declares none.
 */
export function storeAtStart(fs: FsState, config: FsConfig): ModelStore | null {
  const specs = config.models?.store;
  if (!specs) return null;
  const built = buildStore(specs);
  if (!built.ok) throw new Error(`internal: a validated model store is refused: ${built.message}`);
  const laid = layStore(fs, config, built.built.store);
  if (!laid.ok) throw new Error(`internal: a validated model store does not fit: ${laid.error.message}`);
  return built.built.store;
}

/** What each process's model is to the node: sized by its spec, or by its snapshot in the store (validated). */
export function servedModels(
  models: Readonly<Record<number, Readonly<ProcessModel>>>,
  store: ModelStore | null,
): Record<number, ServedModel> {
  const out: Record<number, ServedModel> = {};
  for (const [pid, m] of Object.entries(models)) {
    const found = store && m.bytes === undefined ? resolveRef(store, m.name, m.revision ?? 'main') : null;
    if (!found?.ok) {
      out[Number(pid)] = { name: m.name, bytes: m.bytes as number, snapshot: null };
      continue;
    }
    const dir = snapshotPath(m.name, found.revision);
    out[Number(pid)] = {
      name: `${m.name}@${found.revision.slice(0, 7)}`,
      bytes: found.files.reduce((n, f) => n + f.size, 0),
      snapshot: { dir, files: found.files.map((f) => `${dir}/${f.path}`) },
    };
  }
  return out;
}
