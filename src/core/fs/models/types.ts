import type { FsError } from '../types';

/**
 * An AI model store laid out like a model hub's local cache: file contents as blobs named by their SHA-256, each
 * revision of a model a snapshot listing its files by path and blob, and refs naming revisions ("main" -> a
 * revision). A blob is stored once however many snapshots, of one model or several, hold it. Sizes are bytes.
 */
export interface ModelStore {
  /** blob name (64 hex digits) -> its size in bytes */
  blobs: Record<string, number>;
  /** model id ("meta-llama/Llama-2-7b") -> its refs and snapshots */
  models: Record<string, ModelRepo>;
}

export interface ModelRepo {
  /** ref name ("main") -> revision */
  refs: Record<string, string>;
  /** revision (40 hex digits, from the listing: see revisionOf) -> its files in path order */
  snapshots: Record<string, SnapshotFile[]>;
}

export interface SnapshotFile {
  path: string;
  blob: string;
  size: number;
}

/**
 * A file as the caller adds it: the simulator holds no weights, so `content` stands for the bytes (two files
 * with the same content and size are the same blob: "llama-2 tokenizer v1").
 */
export interface NewModelFile {
  path: string;
  size: number;
  content: string;
}

export type StoreResult<T> = ({ ok: true; sentence: string } & T) | { ok: false; error: FsError };

export const MODEL_STORE_LIMITS = {
  /** a model id is 1 or 2 names joined by "/", a ref or a path segment one name */
  nameMax: 96,
  pathMax: 255,
  filesMax: 256,
  contentMax: 256,
  /** a file's size in bytes: up to 2^53 − 1 (a safe integer) */
  sizeMax: Number.MAX_SAFE_INTEGER,
} as const;
