import type { Scenario } from '../../scenario/types';
import type { NetworkConfig } from '../config';
import { topologyEdges, uniqueSorted, type Edge, type ResolvedTopology } from './topology';

type ClusterBase = Pick<Scenario, 'node' | 'seed'>;

/** The ids of the cluster's nodes in cluster order: the top-level node first, then `network.nodes`. */
export function clusterIds(base: ClusterBase, network: NetworkConfig): string[] {
  return [base.node.id, ...network.nodes.map((n) => n.id)];
}

/**
 * The connection table: the topology's edges (none when it is absent) and every node's own `connections`, over
 * places in cluster order. Names must be known (validation checks them first).
 */
export function connectionTable(base: ClusterBase, network: NetworkConfig): Edge[] {
  const ids = clusterIds(base, network);
  const at = (id: string): number => ids.indexOf(id);
  const t = network.topology;
  const resolved: ResolvedTopology | null =
    t === undefined
      ? null
      : t.kind === 'star'
        ? { kind: 'star', hub: t.hub === undefined ? 0 : at(t.hub) }
        : t.kind === 'edges'
          ? { kind: 'edges', edges: t.edges.map(([a, b]) => [at(a), at(b)] as const) }
          : t;
  const own: Edge[] = [base.node, ...network.nodes].flatMap((n, i) => n.connections.map((c) => [i, at(c)] as const));
  const fromTopology = resolved ? topologyEdges(ids.length, resolved, base.seed) : [];
  return uniqueSorted([...fromTopology, ...own.map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const)))]);
}

/** The connection table as "a-b" keys (a < b), for lookups. */
export function clusterEdges(base: ClusterBase, network: NetworkConfig): Set<string> {
  return new Set(connectionTable(base, network).map(([a, b]) => `${a}-${b}`));
}

/**
 * Each node's own scenario, in cluster order: the top-level node keeps the scenario's workload and its operations
 * but the network's (which the cluster applies), and each further node gets its own workload under the same
 * scheduler, options and seed. Without a network section, the scenario alone.
 */
export function nodeScenarios(scenario: Scenario): Scenario[] {
  const { network, ...rest } = scenario;
  const top: Scenario = { ...rest, operations: scenario.operations.filter((op) => op.op !== 'net') };
  if (!network) return [top];
  return [
    top,
    ...network.nodes.map((n): Scenario => ({
      format: scenario.format,
      version: scenario.version,
      title: scenario.title,
      description: '',
      seed: scenario.seed,
      scheduler: scenario.scheduler,
      options: scenario.options,
      node: { id: n.id, cpus: n.cpus, gpus: n.gpus, connections: n.connections },
      processes: n.processes,
      operations: [],
      ...(n.memory && { memory: n.memory }),
      ...(n.heap && { heap: n.heap }),
      ...(n.fs && { fs: n.fs }),
    })),
  ];
}
