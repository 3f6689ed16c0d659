import { sizeText } from './sizeText';
import { own } from './store';
import type { ModelStore } from './types';

export interface ModelSummary {
  model: string;
  /** [ref, revision], by ref name */
  refs: [string, string][];
  /** each revision with its file count and the bytes its files reference */
  revisions: { revision: string; files: number; bytes: number }[];
}

export interface StoreStats {
  models: number;
  snapshots: number;
  blobs: number;
  /** bytes the blobs take: what the store holds */
  bytesStored: number;
  /** bytes every snapshot's files add up to: what the store would hold without sharing */
  bytesReferenced: number;
  /** bytesReferenced − bytesStored */
  dedupSaving: number;
  sentence: string;
}

/**
 * One entry of the cache directory, as the hub cache lays it out on disk (paths relative to the store's root): a
 * blob's bytes, a blob another model stored first (a hard link to it: one inode, its blocks once), a ref holding a
 * revision, a snapshot's file as a symbolic link to its blob.
 */
export type CacheEntry =
  | { kind: 'blob'; path: string; blob: string; size: number }
  | { kind: 'sharedBlob'; path: string; blob: string; size: number; of: string }
  | { kind: 'ref'; path: string; revision: string }
  | { kind: 'link'; path: string; target: string };

/** A model's directory in the store, as the hub names it: "org/name" -> "models--org--name". */
export const modelDir = (model: string): string => `models--${model.replace('/', '--')}`;

const sorted = (keys: Iterable<string>): string[] => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Every model, in id order. */
export function listModels(store: ModelStore): ModelSummary[] {
  return sorted(Object.keys(store.models)).map((model) => {
    const repo = store.models[model]!;
    return {
      model,
      refs: sorted(Object.keys(repo.refs)).map((r) => [r, repo.refs[r]!]),
      revisions: sorted(Object.keys(repo.snapshots)).map((revision) => {
        const files = repo.snapshots[revision]!;
        return { revision, files: files.length, bytes: files.reduce((n, f) => n + f.size, 0) };
      }),
    };
  });
}

/** A blob and the snapshot files that hold it ("org/llm@a1b2c3d/tokenizer.json"), by model, revision and path. */
export interface BlobHolders {
  blob: string;
  size: number;
  heldBy: string[];
}

/** Every blob with the snapshot files holding it, in blob order: several holders mean one blob stored once for all. */
export function blobHolders(store: ModelStore): BlobHolders[] {
  const held = new Map<string, string[]>();
  for (const { model, revisions } of listModels(store))
    for (const { revision } of revisions)
      for (const f of own(store.models[model]!.snapshots, revision)!)
        held.set(f.blob, [...(held.get(f.blob) ?? []), `${model}@${revision.slice(0, 7)}/${f.path}`]);
  return sorted(held.keys()).map((blob) => ({ blob, size: store.blobs[blob]!, heldBy: held.get(blob)! }));
}

/** Bytes stored against bytes referenced: what sharing blobs saves. */
export function storeStats(store: ModelStore): StoreStats {
  const summaries = listModels(store);
  const revisions = summaries.flatMap((s) => s.revisions);
  const bytesStored = Object.values(store.blobs).reduce((n, size) => n + size, 0);
  const bytesReferenced = revisions.reduce((n, r) => n + r.bytes, 0);
  const dedupSaving = bytesReferenced - bytesStored;
  return {
    models: summaries.length,
    snapshots: revisions.length,
    blobs: Object.keys(store.blobs).length,
    bytesStored,
    bytesReferenced,
    dedupSaving,
    sentence: `${sizeText(bytesStored)} stored for ${sizeText(bytesReferenced)} referenced by ${revisions.length} snapshot${revisions.length === 1 ? '' : 's'}: sharing saves ${sizeText(dedupSaving)}`,
  };
}

/**
 * The store as a directory tree, as the hub cache: models--org--name/blobs/<sha256> holding a file's bytes,
 * models--org--name/refs/<ref> holding a revision, and models--org--name/snapshots/<revision>/<path> a symbolic link
 * to its blob. A blob several models hold is stored by the first in id order; the others' blobs/ hold a hard link to
 * it, so a file two models share (a tokenizer) is stored once.
 */
export function cacheLayout(store: ModelStore): CacheEntry[] {
  const out: CacheEntry[] = [];
  const storedAt = new Map<string, string>();
  for (const { model, refs, revisions } of listModels(store)) {
    const dir = modelDir(model);
    const repo = store.models[model]!;
    const blobs = new Set(revisions.flatMap(({ revision }) => own(repo.snapshots, revision)!.map((f) => f.blob)));
    for (const blob of sorted(blobs)) {
      const path = `${dir}/blobs/${blob}`;
      const size = store.blobs[blob]!;
      const of = storedAt.get(blob);
      out.push(of === undefined ? { kind: 'blob', path, blob, size } : { kind: 'sharedBlob', path, blob, size, of });
      if (of === undefined) storedAt.set(blob, path);
    }
    for (const [ref, revision] of refs) out.push({ kind: 'ref', path: `${dir}/refs/${ref}`, revision });
    for (const { revision } of revisions)
      for (const f of own(repo.snapshots, revision)!) {
        const up = '../'.repeat(2 + f.path.split('/').length - 1);
        out.push({ kind: 'link', path: `${dir}/snapshots/${revision}/${f.path}`, target: `${up}blobs/${f.blob}` });
      }
  }
  return out;
}
