import { netText, type ClusterState, type NetEvent, type Scenario } from '../core/index';
import {
  CLUSTER_FRAME_VERSION,
  MAX_FLIGHTS,
  packFlights,
  type ClusterFrame,
  type ClusterLayout,
  type ClusterLinkView,
  type FlightView,
  type NarrationLine,
} from '../protocol';

/** Where the topology view puts the nodes: the scenario's topology where a picture of it helps, else a circle. */
export function clusterLayout(scenario: Scenario, ids: readonly string[]): ClusterLayout {
  const t = scenario.network?.topology;
  switch (t?.kind) {
    case 'ring':
      return { kind: 'ring' };
    case 'grid':
      return { kind: 'grid', columns: Math.max(1, t.columns) };
    case 'star':
      return { kind: 'star', hub: Math.max(0, t.hub === undefined ? 0 : ids.indexOf(t.hub)) };
    case 'line':
      return { kind: 'line' };
    default:
      return { kind: 'circle' };
  }
}

/** The link a hop crosses (-1 for none: a message to its own node, one held at a paused node). */
function linkOfHop(cl: ClusterState, from: number, to: number): number {
  return from === to ? -1 : (cl.linkOf[from * cl.ids.length + to] as number);
}

/** Messages lost so far, counted from the network's log as far as it was read (a log cut back is read again). */
export interface LossCount {
  read: number;
  lost: number;
}

export function countLosses(cl: ClusterState, count: LossCount): number {
  if (count.read > cl.log.length) Object.assign(count, { read: 0, lost: 0 });
  for (; count.read < cl.log.length; count.read++) if (cl.log[count.read]?.kind === 'lost') count.lost++;
  return count.lost;
}

/** The cluster at `tick` as the topology view draws it; `layout` is worked out once per scenario. */
export function buildClusterFrame(
  cl: ClusterState,
  tick: number,
  shown: number,
  layout: ClusterLayout,
  lost: number,
): Omit<ClusterFrame, 'panel'> {
  const inFlight = new Int32Array(cl.links.length);
  const flights: FlightView[] = [];
  // The in-flight heap is in no order but its first entry's: sorted copies of at most MAX_FLIGHTS are listed.
  const hops = cl.inflight.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [at, , id, node, from, left] of hops) {
    const link = linkOfHop(cl, from, node);
    if (link >= 0) inFlight[link] = (inFlight[link] as number) + 1;
    if (flights.length >= MAX_FLIGHTS) continue;
    const m = cl.messages[id];
    if (!m) continue;
    flights.push({ id, from, to: node, link, sentAt: left, arrivesAt: at, kind: m.body.kind });
  }
  const links: ClusterLinkView[] = cl.links.map((l, i) => {
    const [x, y] = [cl.side[l.from] as number, cl.side[l.to] as number];
    const onWire = inFlight[i] as number;
    return {
      from: l.from,
      to: l.to,
      queued: Math.max(0, l.busyUntil - tick),
      inFlight: onWire,
      delivered: Math.max(0, l.sent - l.lost - onWire),
      lost: l.lost,
      cut: x !== y && x !== -1 && y !== -1,
    };
  });
  return {
    kind: 'cluster',
    version: CLUSTER_FRAME_VERSION,
    layout,
    nodes: cl.ids.map((id, i) => {
      const processes = (cl.nodes[i]?.procs ?? [])
        .filter((p) => p.state !== 'TERMINATED')
        .map((p) => ({ pid: p.pid, name: p.name }));
      return {
        id,
        status: cl.status[i] ?? 'up',
        side: cl.side[i] ?? 0,
        processes,
        skew: cl.skew[i] ?? 0,
        held: cl.held[i]?.length ?? 0,
      };
    }),
    links,
    flights: packFlights(flights),
    flightsTotal: hops.length,
    shown,
    sent: cl.messages.length,
    delivered: cl.deliveries.length / 2,
    lost,
  };
}

/**
 * The narration of a cluster: the network's latest events and the shown node's lines, by tick (the network's
 * first within a tick), each node line naming its node.
 */
export function clusterNarration(
  cl: ClusterState,
  shown: number,
  nodeLines: readonly NarrationLine[],
  max: number,
): NarrationLine[] {
  const node = cl.ids[shown] as string;
  const net: NarrationLine[] = cl.log
    .slice(-max)
    .map((e: NetEvent) => ({ tick: e.tick, kind: `net-${e.kind}`, pid: null, text: netText(e) }));
  const own = nodeLines.map((l) => ({ ...l, text: `${node}: ${l.text}` }));
  return [...net, ...own].sort((a, b) => a.tick - b.tick).slice(-max);
}
