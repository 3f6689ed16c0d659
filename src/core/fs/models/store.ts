import { fail } from '../operations';
import { asciiLabel, sha256Hex } from '../sha256';
import { checkName } from './names';
import { sizeText } from './sizeText';
import {
  MODEL_STORE_LIMITS,
  type ModelRepo,
  type ModelStore,
  type NewModelFile,
  type SnapshotFile,
  type StoreResult,
} from './types';

export const emptyModelStore = (): ModelStore => ({ blobs: {}, models: {} });

/** A record's own entry: names such as "constructor" must not find Object.prototype's. */
export const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A blob's name: the SHA-256 of its content (the stand-in text, behind its size so sizes never collide). */
export const blobOf = (file: Pick<NewModelFile, 'size' | 'content'>): string =>
  sha256Hex(asciiLabel(`${file.size}\n${file.content}`));

/** A revision's id, as a commit names a tree: the first 40 hex digits of the SHA-256 of its listing. */
export const revisionOf = (files: readonly SnapshotFile[]): string =>
  sha256Hex(asciiLabel(files.map((f) => `${f.path}\0${f.blob}\n`).join(''))).slice(0, 40);

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Why a file list cannot be a snapshot, naming the field and the limit, or null. */
function filesProblem(files: readonly NewModelFile[]): ReturnType<typeof checkName> {
  if (files.length === 0 || files.length > MODEL_STORE_LIMITS.filesMax)
    return fail('EINVAL', `files must hold 1 to ${MODEL_STORE_LIMITS.filesMax} files (it holds ${files.length})`);
  const seen = new Set<string>();
  for (const [i, f] of files.entries()) {
    const bad = checkName(`files[${i}].path`, f.path, 'path');
    if (bad) return bad;
    if (seen.has(f.path)) return fail('EEXIST', `files[${i}].path: ${f.path} is listed twice`);
    seen.add(f.path);
    if (!Number.isSafeInteger(f.size) || f.size < 1)
      return fail(
        'EINVAL',
        `files[${i}].size must be a whole number of bytes from 1 to ${MODEL_STORE_LIMITS.sizeMax} (it is ${f.size})`,
      );
    if (!/^[ -~]*$/.test(f.content) || f.content.length > MODEL_STORE_LIMITS.contentMax)
      return fail(
        'EINVAL',
        `files[${i}].content must be up to ${MODEL_STORE_LIMITS.contentMax} printable ASCII characters`,
      );
  }
  return null;
}

/**
 * Adds a revision of a model (the snapshot its files make) and points `ref` at it. Blobs already stored, by this
 * model or another, are not stored again. Adding a revision already stored only moves the ref.
 */
export function addRevision(
  store: ModelStore,
  model: string,
  files: readonly NewModelFile[],
  ref = 'main',
): StoreResult<{ revision: string; newBlobs: string[]; bytesWritten: number; bytesShared: number }> {
  const bad = checkName('model', model, 'model') ?? checkName('ref', ref, 'ref') ?? filesProblem(files);
  if (bad) return bad;
  const listing = files.map((f) => ({ path: f.path, blob: blobOf(f), size: f.size })).sort(byPath);
  const revision = revisionOf(listing);
  const repo = own(store.models, model) ?? { refs: {}, snapshots: {} };
  const known = own(repo.snapshots, revision) !== undefined;
  const newBlobs = known
    ? []
    : [...new Set(listing.filter((f) => own(store.blobs, f.blob) === undefined).map((f) => f.blob))];
  const bytesWritten = newBlobs.reduce((n, b) => n + (listing.find((f) => f.blob === b) as SnapshotFile).size, 0);
  const total = listing.reduce((n, f) => n + f.size, 0);
  for (const b of newBlobs) store.blobs[b] = (listing.find((f) => f.blob === b) as SnapshotFile).size;
  repo.snapshots[revision] = listing;
  repo.refs[ref] = revision;
  store.models[model] = repo;
  const what = known
    ? `${model} already holds revision ${revision.slice(0, 7)}: ${ref} now points at it`
    : `added ${model} revision ${revision.slice(0, 7)} as ${ref}: ${listing.length} file${listing.length === 1 ? '' : 's'}, ${sizeText(total)}, of which ${sizeText(bytesWritten)} new and ${sizeText(total - bytesWritten)} already stored`;
  return { ok: true, revision, newBlobs, bytesWritten, bytesShared: known ? 0 : total - bytesWritten, sentence: what };
}

/** The shortest revision prefix a ref may be given as (as git's short hashes, which the narration prints). */
export const SHORT_REVISION = 7;

/** The revision a ref, a full revision id or a prefix of one naming a single revision (7 digits or more) names. */
function revisionNamed(repo: ModelRepo, name: string): string {
  const ref = own(repo.refs, name);
  if (ref !== undefined || own(repo.snapshots, name) || name.length < SHORT_REVISION) return ref ?? name;
  const matches = Object.keys(repo.snapshots).filter((r) => r.startsWith(name));
  return matches.length === 1 ? matches[0]! : name;
}

/** The revision a ref (or a revision id, whole or a unique prefix of 7 digits or more) names, and its files. */
export function resolveRef(
  store: ModelStore,
  model: string,
  refOrRevision: string,
): StoreResult<{ revision: string; files: readonly SnapshotFile[] }> {
  const repo = own(store.models, model);
  if (!repo) return fail('ENOENT', `no model ${model} in the store`);
  const revision = revisionNamed(repo, refOrRevision);
  const files = own(repo.snapshots, revision);
  if (!files) return fail('ENOENT', `${model} has no ref or revision ${refOrRevision}`);
  return { ok: true, revision, files, sentence: `${model}@${refOrRevision} is revision ${revision.slice(0, 7)}` };
}

/** How many snapshot files, across every model, hold each blob. */
export function blobUsers(store: ModelStore): Map<string, number> {
  const users = new Map<string, number>();
  for (const repo of Object.values(store.models))
    for (const files of Object.values(repo.snapshots))
      for (const f of files) users.set(f.blob, (users.get(f.blob) ?? 0) + 1);
  return users;
}

/**
 * Removes revisions of a model (one, or every one when `revision` is omitted) and the refs naming them; a model
 * left with none goes. A blob is freed only when no snapshot of any model still holds it.
 */
export function removeRevision(
  store: ModelStore,
  model: string,
  revision?: string,
): StoreResult<{ freed: string[]; bytesFreed: number }> {
  const repo = own(store.models, model);
  if (!repo) return fail('ENOENT', `no model ${model} in the store`);
  if (revision !== undefined && !own(repo.snapshots, revision))
    return fail('ENOENT', `${model} has no revision ${revision}`);
  const gone = revision === undefined ? Object.keys(repo.snapshots) : [revision];
  const candidates = new Set(gone.flatMap((r) => (repo.snapshots[r] as SnapshotFile[]).map((f) => f.blob)));
  for (const r of gone) delete repo.snapshots[r];
  for (const [name, target] of Object.entries(repo.refs)) if (gone.includes(target)) delete repo.refs[name];
  if (Object.keys(repo.snapshots).length === 0) delete store.models[model];
  const users = blobUsers(store);
  const freed = [...candidates].filter((b) => !users.has(b)).sort();
  const bytesFreed = freed.reduce((n, b) => n + (store.blobs[b] as number), 0);
  for (const b of freed) delete store.blobs[b];
  const kept = candidates.size - freed.length;
  const which = revision === undefined ? model : `${model} revision ${revision.slice(0, 7)}`;
  return {
    ok: true,
    freed,
    bytesFreed,
    sentence: `removed ${which}: freed ${freed.length} blob${freed.length === 1 ? '' : 's'} (${sizeText(bytesFreed)})${kept > 0 ? `; ${kept} still held by another snapshot` : ''}`,
  };
}
