import { nextFloat, seedRng } from '../../kernel/rng';
import type { Topology } from '../config';

/** An undirected link between nodes `a` < `b`, by their places in the cluster. */
export type Edge = readonly [number, number];

/**
 * The topology's edges over `n` nodes, hub and hand-drawn edges already turned into places (validation has
 * checked the names). Sorted and without repeats, so the same scenario always gives the same table. A seeded
 * random graph draws from a stream of its own (seeded by `seed`), not the run's: the table exists before the run.
 */
export function topologyEdges(n: number, topology: ResolvedTopology, seed: number): Edge[] {
  const out: [number, number][] = [];
  const add = (a: number, b: number): void => {
    if (a !== b && a < n && b < n) out.push(a < b ? [a, b] : [b, a]);
  };
  switch (topology.kind) {
    case 'mesh':
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) add(a, b);
      break;
    case 'ring':
      for (let a = 0; a + 1 < n; a++) add(a, a + 1);
      if (n > 2) add(n - 1, 0);
      break;
    case 'line':
      for (let a = 0; a + 1 < n; a++) add(a, a + 1);
      break;
    case 'star':
      for (let a = 0; a < n; a++) add(topology.hub, a);
      break;
    case 'grid':
      for (let a = 0; a < n; a++) {
        if ((a + 1) % topology.columns !== 0) add(a, a + 1);
        add(a, a + topology.columns);
      }
      break;
    case 'tree':
      for (let a = 1; a < n; a++) add(Math.floor((a - 1) / topology.fanout), a);
      break;
    case 'random': {
      const rng = seedRng(seed ^ RANDOM_TOPOLOGY_SALT);
      for (let a = 0; a + 1 < n; a++) add(a, a + 1);
      for (let a = 0; a < n; a++) for (let b = a + 2; b < n; b++) if (nextFloat(rng) < topology.p) add(a, b);
      break;
    }
    case 'edges':
      for (const [a, b] of topology.edges) add(a, b);
      break;
  }
  return uniqueSorted(out);
}

/** The scenario's topology with node ids turned into places in the cluster. */
export type ResolvedTopology =
  | Exclude<Topology, { kind: 'star' } | { kind: 'edges' }>
  | { kind: 'star'; hub: number }
  | { kind: 'edges'; edges: Edge[] };

/** Keeps the seeded random topology's stream apart from the run's, which starts from the same seed. */
const RANDOM_TOPOLOGY_SALT = 0x746f706f;

export function uniqueSorted(edges: readonly Edge[]): Edge[] {
  const sorted = edges.slice().sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return sorted.filter((e, i) => i === 0 || e[0] !== (sorted[i - 1] as Edge)[0] || e[1] !== (sorted[i - 1] as Edge)[1]);
}

/** Each node's neighbours, ascending. */
export function neighboursOf(n: number, edges: readonly Edge[]): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    (out[a] as number[]).push(b);
    (out[b] as number[]).push(a);
  }
  for (const list of out) list.sort((x, y) => x - y);
  return out;
}

/**
 * The next hop from each node towards each other node on a shortest path (breadth-first from the destination
 * over ascending neighbours, so ties always fall the same way), -1 where there is no path. Routes follow the topology, not the faults of the moment:
 * a message routed into a partition or a crashed node is lost there, and the reason says so.
 */
export function nextHops(n: number, neighbours: readonly (readonly number[])[]): Int16Array[] {
  const hops = Array.from({ length: n }, () => new Int16Array(n).fill(-1));
  for (let dest = 0; dest < n; dest++) {
    const seen = new Uint8Array(n);
    seen[dest] = 1;
    const queue = [dest];
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i] as number;
      for (const nb of neighbours[at] as number[]) {
        if (seen[nb]) continue;
        seen[nb] = 1;
        (hops[nb] as Int16Array)[dest] = at;
        queue.push(nb);
      }
    }
  }
  return hops;
}

/** The nodes reachable from `from` over `edges` that pass `open` (its connected component). */
export function component(
  from: number,
  neighbours: readonly (readonly number[])[],
  open: (a: number, b: number) => boolean,
): number[] {
  const seen = new Set<number>([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as number;
    for (const nb of neighbours[at] as number[]) {
      if (seen.has(nb) || !open(at, nb)) continue;
      seen.add(nb);
      queue.push(nb);
    }
  }
  return queue.sort((x, y) => x - y);
}
