/**
 * The scenario's `network.afs`: the Andrew File System as a protocol the cluster runs below the nodes' processes
 * (afsCluster.ts), one node its server and others its clients, each client doing its schedule of file actions as
 * afs.py's client programs do.
 */

/**
 * One action of a client's schedule, done at `tick` or, when the client is still busy with the one before it (a
 * fetch or a store on its way), as soon as that one is done. `open` fetches the whole file unless the cache holds
 * a valid copy; `read` and `write` use the cached copy only (a write puts a fresh value in it, as afs.py's one
 * counter does); `close` stores a written copy on the server and waits for its acknowledgement.
 */
export type AfsAction =
  | { kind: 'open'; tick: number; file: string }
  | { kind: 'read'; tick: number; file: string }
  | { kind: 'write'; tick: number; file: string }
  | { kind: 'close'; tick: number; file: string };
export type AfsActionKind = AfsAction['kind'];

export interface AfsFileSpec {
  name: string;
  /** its contents: afs.py's files hold one number */
  value: number;
  /** its size on the wire: what a fetch's reply and a store carry */
  bytes: number;
}

export interface AfsClientSpec {
  node: string;
  actions: AfsAction[];
}

/**
 * A lost request is sent again: a client that has no reply to its fetch or store `retryAfter` ticks after sending
 * it sends it again, and the server sends a callback break again until the client acknowledges it; after
 * `maxTries` tries the client gives the action up (ETIMEDOUT) and the server the break.
 */
export interface AfsSpec {
  server: string;
  files: AfsFileSpec[];
  clients: AfsClientSpec[];
  retryAfter: number;
  maxTries: number;
}

export const AFS_LIMITS = {
  maxFiles: 256,
  maxActions: 20_000,
  maxTries: 100,
  maxValue: 1_000_000_000,
} as const;

/** The size of a fetch, an acknowledgement and a callback break: a small header. */
export const AFS_CONTROL_BYTES = 32;
