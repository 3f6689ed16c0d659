/**
 * The Andrew File System as a protocol between one server and its clients, as OSTEP's dist-afs/afs.py models it:
 * whole-file caching, callbacks and their breaks. Everything is plain data so a run can be copied, replayed and,
 * later, carried message by message over the cluster's links. Time is an integer tick: one client operation each.
 */

/** A node of the protocol: `server`, or a client `c0`, `c1`, ... (its number is its place in the client list). */
export type AfsNode = string;

export const AFS_SERVER: AfsNode = 'server';

/** A file's contents: afs.py's files hold one number, a fresh one for every write. */
export type AfsValue = number;

/** One file as the server holds it. */
export interface AfsServerFile {
  name: string;
  value: AfsValue;
  /**
   * Clients the server has promised to tell when the file changes (a callback each), in client order: exactly
   * the clients holding a valid copy.
   */
  callbacks: number[];
  /**
   * Every client that has ever fetched the file, in client order. afs.py's server never forgets one ("XXX - this
   * is not right"), so every later store breaks its callback again, even when the promise is already broken.
   */
  fetchedBy: number[];
}

/** One file in a client's cache, with afs.py's three bits of state. */
export interface AfsCacheEntry {
  file: string;
  data: AfsValue;
  /** false once the server broke the callback: the next open fetches again */
  valid: boolean;
  /** written since it was fetched or stored: the last close stores it */
  dirty: boolean;
  /** opens not yet closed (afs.py lets it go below 0 when a file is closed more often than opened) */
  refcnt: number;
}

export interface AfsClient {
  name: AfsNode;
  /** in the order the files entered it (afs.py prints its dictionary in that order) */
  cache: AfsCacheEntry[];
  /** opens that found the file in the cache, valid or not (afs.py counts an invalid copy as a hit too) */
  hits: number;
  misses: number;
  /** callback breaks that found the file in the cache */
  invalidates: number;
  reads: number;
  writes: number;
}

export interface AfsState {
  /** ticks so far: one per client operation */
  tick: number;
  /** in name order, a, b, c, ... */
  files: AfsServerFile[];
  clients: AfsClient[];
  /** the value the next write puts in a file (afs.py's one counter: the files start with 0, 1, ...) */
  nextValue: AfsValue;
  /** the server's count of fetches and stores */
  gets: number;
  puts: number;
}

/** What a client does, one operation per tick. The descriptor is the program's name for the file, for the words. */
export type AfsOp =
  | { kind: 'open'; file: string; fd: number }
  | { kind: 'read'; file: string; fd: number }
  | { kind: 'write'; file: string; fd: number }
  | { kind: 'close'; file: string; fd: number };

/** A message between two nodes: what the cluster will carry over a link. */
export type AfsMessage = { tick: number; from: AfsNode; to: AfsNode; file: string } & (
  | /** a client asks for the whole file */ { kind: 'fetch' }
  | /** the server sends it, and records a callback */ { kind: 'file'; value: AfsValue }
  | /** a client sends its changed file back at close */ { kind: 'store'; value: AfsValue } /**
     * the server tells a client its copy is no longer current; `promised` is false when the client held no
     * promise (afs.py's server breaks again those it broke before)
     */
  | { kind: 'break'; promised: boolean; held: boolean }
);

/** Why an operation did what it did, for the narration (afsExplain.ts). */
export type AfsReason =
  | { kind: 'open-cached'; data: AfsValue }
  | { kind: 'open-fetch'; data: AfsValue; had: 'none' | 'invalid' }
  | { kind: 'read'; data: AfsValue; valid: boolean }
  | { kind: 'write'; old: AfsValue; value: AfsValue; valid: boolean }
  | { kind: 'close-store'; value: AfsValue; broken: number[] }
  | { kind: 'close-clean'; dropped: boolean };

/** One operation done: the messages it caused, in the order they were sent. */
export interface AfsStep {
  tick: number;
  client: number;
  op: AfsOp;
  reason: AfsReason;
  messages: AfsMessage[];
}

/** A refusal: the operation cannot be done, and nothing changed. */
export interface AfsRefusal {
  code: 'ENOENT' | 'EBADF' | 'EINVAL';
  message: string;
}
