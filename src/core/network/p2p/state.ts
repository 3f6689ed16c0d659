import type { ProtocolSpec } from '../config';
import type { Endpoint } from '../message';

/**
 * The P2P protocol's state across the cluster (plain data): each node's timer and rounds, what it has heard of its
 * neighbours, and the items (transactions, blocks) it holds.
 */
export interface ProtocolRun {
  spec: ProtocolSpec;
  /** each node's protocol as a message's end (frozen, shared by every message: a million of them make no copies) */
  daemon: readonly Endpoint[];
  validators: boolean[];
  /** each node's next round (its heartbeat and gossip timer, moved by its clock skew), and rounds done */
  nextRound: number[];
  roundsDone: number[];
  /** lastHeard[i][j]: the tick node i last heard from neighbour j; suspected[i][j]: i suspects j */
  lastHeard: number[][];
  suspected: boolean[][];
  /** got[i][k]: the round (of node i) in which it got item k, -1 when it does not hold it */
  got: number[][];
  /** firstGot[i][k]: the tick node i first got item k, -1 never (kept through crashes: the infection curve) */
  firstGot: number[][];
  /** places of the scenario's items by tick, and the next one to make */
  itemOrder: number[];
  nextItem: number;
}

/** Bytes of a heartbeat and a join: a small header. */
export const CONTROL_BYTES = 32;
