import type { ClusterNodeStatus, MessageKind } from '../core/index';

/** The cluster part's format: a change of its shape bumps it, and a reader checks it. */
export const CLUSTER_FRAME_VERSION = 1;

/** The most messages in flight a frame lists (the rest are counted in `flightsTotal`). */
export const MAX_FLIGHTS = 2000;

/** How the topology view places the nodes, from the scenario's topology (a circle when it names none that fits). */
export type ClusterLayout =
  | { kind: 'circle' }
  | { kind: 'ring' }
  | { kind: 'grid'; columns: number }
  | { kind: 'star'; hub: number }
  | { kind: 'line' };

/** One node of the cluster, in cluster order (the top-level node first). */
export interface ClusterNodeView {
  id: string;
  status: ClusterNodeStatus;
  /** its side of a partition: 0 when the network is whole, -1 a bridge linked to every side */
  side: number;
  /** its processes that have not ended */
  live: number;
  /** messages waiting at it while it is paused */
  held: number;
}

/** One direction of a link, `from` → `to` (node places), and what it has carried so far. */
export interface ClusterLinkView {
  from: number;
  to: number;
  /** ticks of serialisation still ahead on its wire (the queue behind its bandwidth); 0 when it is free */
  queued: number;
  /** message copies on the wire now */
  inFlight: number;
  /** messages that left it for the far end (sent, not lost, no longer on it) */
  delivered: number;
  lost: number;
  /** a partition cuts it */
  cut: boolean;
}

/** A message on one link at the frame's tick: it left `from` at `sentAt` and reaches `to` at `arrivesAt`. */
export interface FlightView {
  id: number;
  from: number;
  to: number;
  /** index in `links`, or -1 for a message to its own node or one held at a paused node */
  link: number;
  sentAt: number;
  arrivesAt: number;
  kind: MessageKind;
}

/**
 * The whole cluster at the frame's tick, beside the shown node's frame: present only when the scenario has a
 * network. The other views (processes, memory, files) show node `shown`.
 */
export interface ClusterFrame {
  kind: 'cluster';
  version: typeof CLUSTER_FRAME_VERSION;
  layout: ClusterLayout;
  nodes: ClusterNodeView[];
  links: ClusterLinkView[];
  /** messages in flight, earliest arrival first, at most MAX_FLIGHTS */
  flights: FlightView[];
  flightsTotal: number;
  shown: number;
  /** messages sent, delivered and lost so far, cluster-wide */
  sent: number;
  delivered: number;
  lost: number;
}
