import type { ClusterNodeStatus, MessageKind } from '../core/index';
import type { NetworkPanelData } from './networkViews';

/** The cluster part's format: a change of its shape bumps it, and a reader checks it. */
export const CLUSTER_FRAME_VERSION = 3;

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
  /** its processes that have not ended, by pid and name (the migration dialog offers them) */
  processes: ClusterProcessView[];
  /** its clock's offset from the cluster's, in ticks (a skew fault; negative: behind) */
  skew: number;
  /** messages waiting at it while it is paused */
  held: number;
}

/** A process of a node that has not ended. */
export interface ClusterProcessView {
  pid: number;
  name: string;
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

/** What a message says, numbered for the packed flights (index = code). */
export const FLIGHT_KINDS: readonly MessageKind[] = ['data', 'request', 'reply', 'join', 'heartbeat', 'gossip', 'afs'];

/** Numbers per message in `ClusterFrame.flights`: id, from, to, link, sentAt, arrivesAt, kind (FLIGHT_KINDS). */
export const FLIGHT_FIELDS = 7;

/**
 * Packs messages in flight as FLIGHT_FIELDS numbers each: a few thousand objects a frame would cost the page more to
 * receive than to draw, and the packed array moves across the worker boundary without a copy.
 */
export function packFlights(flights: readonly FlightView[]): Int32Array {
  const out = new Int32Array(flights.length * FLIGHT_FIELDS);
  flights.forEach((f, i) => {
    out.set([f.id, f.from, f.to, f.link, f.sentAt, f.arrivesAt, FLIGHT_KINDS.indexOf(f.kind)], i * FLIGHT_FIELDS);
  });
  return out;
}

/** The packed flights as objects (tests, and readers that want few of them). */
export function unpackFlights(packed: Int32Array): FlightView[] {
  const out: FlightView[] = [];
  for (let o = 0; o + FLIGHT_FIELDS <= packed.length; o += FLIGHT_FIELDS)
    out.push({
      id: packed[o] as number,
      from: packed[o + 1] as number,
      to: packed[o + 2] as number,
      link: packed[o + 3] as number,
      sentAt: packed[o + 4] as number,
      arrivesAt: packed[o + 5] as number,
      kind: FLIGHT_KINDS[packed[o + 6] as number] ?? 'data',
    });
  return out;
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
  /** messages in flight, earliest arrival first, at most MAX_FLIGHTS, packed (packFlights) */
  flights: Int32Array;
  flightsTotal: number;
  shown: number;
  /** messages sent, delivered and lost so far, cluster-wide */
  sent: number;
  delivered: number;
  lost: number;
  /** the open analysis panel's data at the frame's tick; null while no such panel is open */
  panel: NetworkPanelData | null;
}
