import type { AfsWire } from './afs/afsClusterTypes';
import type { Envelope } from './security/types';

/** What a message says: a process's data, a request and its reply (matched by the requester's step), or the protocol's. */
export type MessageBody =
  | { kind: 'data' }
  | { kind: 'request'; seq: number }
  | { kind: 'reply'; seq: number }
  | { kind: 'join' }
  | { kind: 'heartbeat'; holds: number; digest: number }
  | { kind: 'gossip'; item: number }
  | { kind: 'afs'; afs: AfsWire };
export type MessageKind = MessageBody['kind'];

/**
 * A process's messages and AFS's are delivered exactly once (copies suppressed at the receiver; AFS's own tries
 * again are new messages); the P2P protocol's at least once.
 */
export function exactlyOnce(body: MessageBody): boolean {
  return body.kind === 'data' || body.kind === 'request' || body.kind === 'reply' || body.kind === 'afs';
}

/** An end of a message: a node (by place) and a process on it, or null for the node's protocol. */
export interface Endpoint {
  node: number;
  pid: number | null;
}

/** A message as the network carries it, numbered in the order it was sent, cluster-wide. */
export interface NetMessage {
  id: number;
  from: Endpoint;
  to: Endpoint;
  body: MessageBody;
  bytes: number;
  sentAt: number;
  /** the sealed envelope (network/security/), riding with the message; null: the network has no security */
  envelope: Envelope | null;
}

/** A message a node's process has made this tick, before the network numbers it. */
export type Outgoing = Omit<NetMessage, 'id' | 'sentAt' | 'envelope'>;
