import { FLIGHT_FIELDS, type ClusterFrame, type ClusterNodeView } from '../../protocol';
import { nodePositions, nodeRadius, type Point } from './topologyLayout';

export interface TopologyNode extends Point {
  index: number;
  id: string;
  status: ClusterNodeView['status'];
  /** the colour of its side of a partition, or null when the network is whole */
  side: string | null;
  shown: boolean;
  /** messages waiting at it while paused */
  held: number;
}

/** Both directions of a link as one line; `load` is what is on it now: copies in flight and a queue, if any. */
export interface TopologyEdge {
  /** its nodes' places, the lower first */
  nodes: [number, number];
  a: Point;
  b: Point;
  /** the link's index in the frame of each direction present (a→b, b→a), -1 where there is none */
  links: [number, number];
  load: number;
  width: number;
  colour: string;
  cut: boolean;
}

/**
 * The messages on links as dots: `xy` holds x, y for each of the first `count`, `kinds` each one's FLIGHT_KINDS code,
 * `ids` its message number (what a click on it names). Typed arrays, so a frame of a few thousand messages allocates
 * three arrays, not thousands of objects, and the frames of the display between two of the run's place them again
 * in the same arrays (placeDots).
 */
export interface TopologyDots {
  count: number;
  xy: Float32Array;
  kinds: Uint8Array;
  ids: Int32Array;
}

export interface TopologyModel {
  width: number;
  height: number;
  radius: number;
  nodes: TopologyNode[];
  edges: TopologyEdge[];
  dots: TopologyDots;
}

/** Sides of a partition, in order; the bridge nodes (side -1) take BRIDGE_COLOUR. */
export const SIDE_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#e15759'];
export const BRIDGE_COLOUR = '#8a8a96';

/** A link's colour by how much is on it: idle, light, busy, congested. */
export const LOAD_COLOURS = ['#a9b0bc', '#4a90d9', '#e0a030', '#d0453a'] as const;

export function loadColour(load: number): string {
  return LOAD_COLOURS[load === 0 ? 0 : load <= 2 ? 1 : load <= 5 ? 2 : 3] as string;
}

/** Line width in CSS pixels: 1.5 for an idle link, growing with the square root of its load, at most 8. */
export function loadWidth(load: number): number {
  return Math.min(8, 1.5 + Math.sqrt(load) * 1.5);
}

/** How far a dot sits to the side of its link, so the two directions of a busy link do not hide each other. */
const LANE_OFFSET = 3;

/**
 * The topology at `at` (a tick, fractional between frames while playing): nodes placed by the cluster's layout,
 * each link's two directions as one line weighted by its load, and each message on a link as a dot part way
 * along it, by how much of its time on the wire has passed.
 */
export function toTopologyModel(
  cluster: ClusterFrame,
  at: number,
  width: number,
  height: number,
  positions: readonly Point[] = nodePositions(cluster.layout, cluster.nodes.length, width, height),
  radius = nodeRadius(positions),
): TopologyModel {
  const whole = cluster.nodes.every((n) => n.side === 0);
  const nodes: TopologyNode[] = cluster.nodes.map((n, i) => ({
    ...(positions[i] as Point),
    index: i,
    id: n.id,
    status: n.status,
    side: whole ? null : n.side < 0 ? BRIDGE_COLOUR : (SIDE_COLOURS[n.side % SIDE_COLOURS.length] as string),
    shown: i === cluster.shown,
    held: n.held,
  }));
  const count = cluster.nodes.length;
  const byPair = new Map<number, TopologyEdge>();
  cluster.links.forEach((l, i) => {
    const [lo, hi] = l.from < l.to ? [l.from, l.to] : [l.to, l.from];
    const key = lo * count + hi;
    let edge = byPair.get(key);
    if (!edge) {
      edge = {
        nodes: [lo, hi],
        a: positions[lo] as Point,
        b: positions[hi] as Point,
        links: [-1, -1],
        load: 0,
        width: 0,
        colour: '',
        cut: false,
      };
      byPair.set(key, edge);
    }
    edge.links[l.from === lo ? 0 : 1] = i;
    edge.load += l.inFlight + (l.queued > 0 ? 1 : 0);
    edge.cut ||= l.cut;
  });
  const edges = [...byPair.values()];
  for (const e of edges) {
    e.width = loadWidth(e.load);
    e.colour = loadColour(e.load);
  }
  return { width, height, radius, nodes, edges, dots: placeDots(cluster.flights, at, positions) };
}

/**
 * The messages of packed `flights` (FLIGHT_FIELDS each) as dots at `at`, part way along their links by how much of
 * their time on the wire has passed. Written into `into` when it has room: the animation places the same flights
 * again every frame, into the same arrays, and allocates nothing.
 */
export function placeDots(
  flights: Int32Array,
  at: number,
  positions: readonly Point[],
  into?: TopologyDots,
): TopologyDots {
  const f = flights;
  const most = Math.floor(f.length / FLIGHT_FIELDS);
  const dots: TopologyDots =
    into && into.kinds.length >= most
      ? into
      : { count: 0, xy: new Float32Array(2 * most), kinds: new Uint8Array(most), ids: new Int32Array(most) };
  dots.count = 0;
  for (let o = 0; o + FLIGHT_FIELDS <= f.length; o += FLIGHT_FIELDS) {
    if ((f[o + 3] as number) < 0) continue;
    const a = positions[f[o + 1] as number];
    const b = positions[f[o + 2] as number];
    if (!a || !b) continue;
    const sentAt = f[o + 4] as number;
    const span = Math.max(1, (f[o + 5] as number) - sentAt);
    const p = Math.min(1, Math.max(0, (at - sentAt) / span));
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // To the right of the direction of travel: a→b and b→a run side by side.
    const ox = (-(b.y - a.y) / length) * LANE_OFFSET;
    const oy = ((b.x - a.x) / length) * LANE_OFFSET;
    dots.xy[2 * dots.count] = a.x + (b.x - a.x) * p + ox;
    dots.xy[2 * dots.count + 1] = a.y + (b.y - a.y) * p + oy;
    dots.ids[dots.count] = f[o] as number;
    dots.kinds[dots.count++] = f[o + 6] as number;
  }
  return dots;
}

/**
 * Whether two models draw the same nodes layer (places, names, states, sides, the shown one, held messages, size):
 * while playing it is drawn again only when one of these changes, seldom, not for each frame.
 */
export function sameNodesLayer(a: TopologyModel, b: TopologyModel): boolean {
  if (a.width !== b.width || a.height !== b.height || a.radius !== b.radius || a.nodes.length !== b.nodes.length)
    return false;
  return a.nodes.every((n, i) => {
    const m = b.nodes[i] as TopologyNode;
    return (
      n.x === m.x &&
      n.y === m.y &&
      n.id === m.id &&
      n.status === m.status &&
      n.side === m.side &&
      n.shown === m.shown &&
      n.held === m.held
    );
  });
}

/** Whether two models draw the same links layer (ends, weight, colour, cut, size): frames with the same loads do. */
export function sameLinksLayer(a: TopologyModel, b: TopologyModel): boolean {
  if (a.width !== b.width || a.height !== b.height || a.edges.length !== b.edges.length) return false;
  return a.edges.every((e, i) => {
    const f = b.edges[i] as TopologyEdge;
    return (
      e.a.x === f.a.x &&
      e.a.y === f.a.y &&
      e.b.x === f.b.x &&
      e.b.y === f.b.y &&
      e.width === f.width &&
      e.colour === f.colour &&
      e.cut === f.cut
    );
  });
}

/** The node under (x, y), or null: the nearest whose circle (with a few pixels to spare) holds the point. */
export function nodeAt(model: TopologyModel, x: number, y: number): number | null {
  let best: number | null = null;
  let bestDistance = model.radius + 4;
  for (const n of model.nodes) {
    const d = Math.hypot(n.x - x, n.y - y);
    if (d <= bestDistance) {
      best = n.index;
      bestDistance = d;
    }
  }
  return best;
}

/** The link under (x, y) as its two nodes, or null: the nearest line within a few pixels, outside the nodes. */
export function edgeAt(model: TopologyModel, x: number, y: number): [number, number] | null {
  let best: [number, number] | null = null;
  let bestDistance = 6;
  for (const e of model.edges) {
    const dx = e.b.x - e.a.x;
    const dy = e.b.y - e.a.y;
    const length2 = dx * dx + dy * dy || 1;
    const t = Math.min(1, Math.max(0, ((x - e.a.x) * dx + (y - e.a.y) * dy) / length2));
    const d = Math.hypot(e.a.x + t * dx - x, e.a.y + t * dy - y);
    if (d <= bestDistance) {
      bestDistance = d;
      best = e.nodes;
    }
  }
  return best;
}

/** The message whose dot is under (x, y), by its number, or null: the nearest dot within a few pixels. */
export function messageAt(model: TopologyModel, x: number, y: number): number | null {
  const { count, xy, ids } = model.dots;
  let best: number | null = null;
  let bestDistance = 6;
  for (let i = 0; i < count; i++) {
    const d = Math.hypot((xy[2 * i] as number) - x, (xy[2 * i + 1] as number) - y);
    if (d <= bestDistance) {
      bestDistance = d;
      best = ids[i] as number;
    }
  }
  return best;
}
