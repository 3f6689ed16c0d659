import type { MessageIo } from '../config';
import type { MessageBody, Outgoing } from '../message';
import type { NetNodeEvent } from './events';
import type { RemotePages } from './remotePages';

/** A message delivered to a process and not yet taken by it. */
export interface Delivered {
  id: number;
  from: number;
  fromPid: number | null;
  body: MessageBody;
  bytes: number;
  at: number;
}

/** What a process is WAITING for, for the network, and until when (Infinity: until a message comes). */
export type NetWait =
  | { kind: 'send'; until: number }
  | { kind: 'receive'; until: number }
  | { kind: 'request'; seq: number; until: number }
  | { kind: 'serve'; bytes: number; until: number };

/** A process's messaging so far: the steps it has taken, and what it waits for. */
export interface StepProgress {
  made: number;
  waiting: NetWait | null;
}

/** The node's network state (st.sub.net): plain data, copied by checkpoints. */
export interface NetRun {
  /** the node's place in the cluster, and the cluster's ids by place (frozen) */
  place: number;
  ids: readonly string[];
  /** each process's messaging by pid, for those that have one (frozen) */
  io: Readonly<Record<number, MessageIo>>;
  progress: Map<number, StepProgress>;
  /** messages delivered to each pid and not yet taken, in delivery order */
  mailbox: Map<number, Delivered[]>;
  /** messages its processes made since the cluster last took them */
  outbox: Outgoing[];
  /** what its processes did with the network, with the words for it (append-only) */
  log: NetNodeEvent[];
  stats: { sent: number; received: number; replied: number; timeouts: number; sendTicks: number };
  /** processes landed here by post-copy whose pages are still coming, by pid (remotePages.ts) */
  remote: Map<number, RemotePages>;
}
