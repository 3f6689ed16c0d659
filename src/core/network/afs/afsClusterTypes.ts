import type { AfsSpec } from './afsSpec';
import type { AfsOp, AfsState, AfsStep, AfsValue } from './afsTypes';

/**
 * An AFS message as the cluster carries it (a `MessageBody` of kind `afs`). A request and its reply share the
 * client's `seq`, so a reply to an earlier try is told from the one awaited; a break and its acknowledgement share
 * the server's `id`.
 */
export type AfsWire =
  | /** a client asks for the whole file */ { kind: 'fetch'; file: string; seq: number }
  | /** the server sends it, having recorded a callback */ { kind: 'file'; file: string; seq: number; value: AfsValue }
  | /** a client sends its written copy back at close */ { kind: 'store'; file: string; seq: number; value: AfsValue }
  | /** the server took it, and broke the callbacks of `broken` (client numbers) */ {
      kind: 'stored';
      file: string;
      seq: number;
      broken: number[];
    }
  | /** the server tells a client its copy is no longer current (`promised`: as afs.py's break says) */ {
      kind: 'break';
      file: string;
      id: number;
      promised: boolean;
    }
  | /** the client heard the break */ { kind: 'breakAck'; file: string; id: number };
export type AfsWireKind = AfsWire['kind'];

/** A client's request still unanswered: sent `tries` times, the last at `sentAt`. */
export interface AfsPending {
  wire: Extract<AfsWire, { kind: 'fetch' | 'store' }>;
  op: AfsOp;
  tries: number;
  sentAt: number;
}

/** What a client read: the value its cached copy held, and whether the copy was still valid then. */
export interface AfsRead {
  tick: number;
  file: string;
  value: AfsValue;
  valid: boolean;
}

export interface AfsClientRun {
  /** the next action of its schedule */
  next: number;
  /** the tick its last action was done: the next one waits for it */
  doneAt: number;
  pending: AfsPending | null;
  seq: number;
  /** ids of the breaks it has heard (a break sent again is acknowledged, not heard twice) */
  heard: number[];
  reads: AfsRead[];
  refused: number;
  timedOut: number;
}

/** A break the server has sent and the client not yet acknowledged. */
export interface AfsBreakOut {
  id: number;
  client: number;
  wire: Extract<AfsWire, { kind: 'break' }>;
  tries: number;
  sentAt: number;
}

/** What the AFS protocol did (in the cluster's log, as a `NetEvent` of kind `afs`), with its words in afsClusterText.ts. */
export type AfsEvent =
  | { tick: number; kind: 'step'; node: string; step: AfsStep }
  | { tick: number; kind: 'sent'; node: string; client: number; wire: AfsWire; tries: number }
  | { tick: number; kind: 'broken'; node: string; client: number; file: string; held: boolean; again: boolean }
  | { tick: number; kind: 'refused'; node: string; client: number; op: AfsOp; message: string }
  | { tick: number; kind: 'gaveUp'; node: string; client: number; wire: AfsWire; tries: number };

/** The AFS protocol across the cluster: the model's state (server and caches) and each side's messages in flight. */
export interface AfsRun {
  spec: AfsSpec;
  /** the server's node, and each client's, by place */
  server: number;
  clientNodes: number[];
  model: AfsState;
  clients: AfsClientRun[];
  /** breaks not yet acknowledged */
  breaks: AfsBreakOut[];
  nextBreak: number;
  /** each client's last store the server took: its seq and the callbacks it broke (a store sent again is not taken twice) */
  lastStore: { seq: number; broken: number[] }[];
  breaksSent: number;
}
