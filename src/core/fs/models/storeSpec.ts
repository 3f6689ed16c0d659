import { addRevision, emptyModelStore } from './store';
import type { ModelStore } from './types';

/** One file of a model as a scenario declares it; `content` stands for its bytes (default "<model>/<path>"). */
export interface StoreFileSpec {
  path: string;
  bytes: number;
  content?: string;
}

/**
 * One revision of a model in the scenario's store (`fs.models.store`): its files, and the ref that names it
 * ("main" when absent). Two entries of one model are two revisions, each under its own ref.
 */
export interface StoreEntrySpec {
  name: string;
  ref?: string;
  files: StoreFileSpec[];
}

export const STORE_SPEC_LIMITS = {
  /** revisions in a scenario's store */
  entries: 16,
  /** files in one revision */
  files: 64,
} as const;

/**
 * A file's stand-in content: its model and path unless the scenario says, so two models' weights never share a
 * blob by accident, and a file another revision or model also holds (a tokenizer) shares one when it says so.
 */
export const contentOf = (name: string, f: StoreFileSpec): string => f.content ?? `${name}/${f.path}`;

/** The store a scenario declares. */
export interface BuiltStore {
  store: ModelStore;
  /** the revision each entry made, in the scenario's order */
  revisions: string[];
}

/**
 * The store a scenario declares, entry by entry, or the first refusal with the field it names (`at` is the path of
 * the store list, "fs.models.store").
 */
export function buildStore(
  specs: readonly StoreEntrySpec[],
  at = 'fs.models.store',
): { ok: true; built: BuiltStore } | { ok: false; path: string; message: string } {
  const store = emptyModelStore();
  const revisions: string[] = [];
  const refOwner = new Map<string, number>();
  for (const [i, spec] of specs.entries()) {
    const ref = spec.ref ?? 'main';
    const key = `${spec.name}\0${ref}`;
    const first = refOwner.get(key);
    if (first !== undefined)
      return {
        ok: false,
        path: `${at}[${i}].ref`,
        message: `${at}[${i}].ref: ${spec.name}'s ref ${ref} already names ${at}[${first}]: give this revision another ref`,
      };
    refOwner.set(key, i);
    const files = spec.files.map((f) => ({ path: f.path, size: f.bytes, content: contentOf(spec.name, f) }));
    const added = addRevision(store, spec.name, files, ref);
    if (!added.ok)
      return { ok: false, path: `${at}[${i}]`, message: `${at}[${i}]: ${added.error.code}: ${added.error.message}` };
    revisions.push(added.revision);
  }
  return { ok: true, built: { store, revisions } };
}
