import { deepFreeze } from '../../deepFreeze';
import { seedRng, type RngState } from '../../kernel/rng';
import { createState, type SimState } from '../../kernel/state';
import type { Scenario } from '../../scenario/types';
import type { LinkSpec, NetworkConfig } from '../config';
import type { NetMessage, Outgoing } from '../message';
import type { NetEvent } from './events';
import { noDeliveries, type DeliveredCounts } from './deliveredCounts';
import type { NetRun } from '../subsystem/state';
import { createAfsRun } from '../afs/afsCluster';
import type { AfsRun } from '../afs/afsClusterTypes';
import { createProtocol, join } from '../p2p/protocol';
import type { ProtocolRun } from '../p2p/state';
import { newLinkRun, type LinkRun } from './links';
import type { ClusterMigration } from './migrations';
import { createSecurity, type SecurityRun } from './secure';
import { clusterIds, connectionTable, nodeScenarios } from './nodeScenarios';
import { neighboursOf, nextHops } from './topology';

/**
 * A message on its way: it reaches node `node` at tick `at`; `seq` orders arrivals at one tick by sending. It left
 * node `from` at tick `left` (`from` is `node` for a message to its own node, or one held while its node paused).
 */
export type Hop = [at: number, seq: number, id: number, node: number, from: number, left: number];

export type NodeStatus = 'up' | 'down' | 'paused';

/**
 * The whole cluster: every node's kernel state and the network between them, on one clock. Plain data like a
 * node's state (deepCopy copies it), so a cluster can be checkpointed as a node is.
 */
export interface ClusterState {
  scenario: Scenario;
  ids: readonly string[];
  /** each node's own scenario (frozen), from which a restart boots it again */
  nodeScenarios: readonly Scenario[];
  nodes: SimState[];
  status: NodeStatus[];
  /** each node's clock offset from the cluster's, in ticks (a skew fault) */
  skew: number[];
  /** each node's next tick, kept while nothing touches it (Infinity: nothing to do) */
  due: number[];
  now: number;
  neighbours: readonly (readonly number[])[];
  hops: Int16Array[];
  links: LinkRun[];
  /** the link from a to b is links[linkOf[a * n + b]], -1 where there is none */
  linkOf: Int32Array;
  /** each node's side of a partition (-1: a bridge, linked to every side); all 0 when whole */
  side: number[];
  inflight: Hop[];
  hopSeq: number;
  /** messages that reached a paused node, waiting for its resume */
  held: Hop[][];
  /** messages a paused node's processes made, sent at its resume */
  parked: Outgoing[][];
  rng: RngState;
  messages: NetMessage[];
  /** how many copies of each message were delivered */
  deliveredCount: DeliveredCounts;
  /** every delivery, flat: tick, message id, tick, message id, … */
  deliveries: number[];
  log: NetEvent[];
  /** places of the scenario's network operations by (tick, place), and the next one to apply (frozen) */
  operationOrder: readonly number[];
  nextOperation: number;
  /** the P2P protocol (heartbeats, failure detection, gossip); null when the scenario has none */
  protocol: ProtocolRun | null;
  /** identities, channels and the security log (secure.ts); null when the network has no security and no attack */
  security: SecurityRun | null;
  /** the AFS protocol (afs/afsCluster.ts); null when the scenario has none */
  afs: AfsRun | null;
  /** every migration started, in starting order (migrations.ts) */
  migrations: ClusterMigration[];
  /** the load balancer's next check (Infinity: none configured) */
  nextBalance: number;
  finished: boolean;
}

/** Salt of the network's random stream, apart from each node's (which starts from the same seed). */
const NETWORK_SALT = 0x6e657477;

function linkSpecOf(network: NetworkConfig, ids: readonly string[], a: number, b: number): LinkSpec {
  let spec: LinkSpec = network.links;
  for (const o of network.overrides) {
    const [x, y] = [ids.indexOf(o.a), ids.indexOf(o.b)];
    if ((x === a && y === b) || (x === b && y === a)) {
      spec = {
        latency: o.latency ?? spec.latency,
        bandwidthMbps: o.bandwidthMbps ?? spec.bandwidthMbps,
        loss: o.loss ?? spec.loss,
        duplicate: o.duplicate ?? spec.duplicate,
        reorder: o.reorder ?? spec.reorder,
      };
    }
  }
  return spec;
}

/**
 * A node's kernel, told where it stands in the cluster: a further node's own scenario names itself as its node, so
 * its network learns the cluster's ids and its place from here.
 */
export function bootNode(scenario: Scenario, ids: readonly string[], place: number): SimState {
  const st = createState(scenario);
  const net = st.sub.net as NetRun;
  net.ids = ids;
  net.place = place;
  return st;
}

/** Places of the scenario's network operations by (tick, place), frozen. */
function netOperationOrder(scenario: Scenario): readonly number[] {
  const order = scenario.operations
    .map((op, i) => [op, i] as const)
    .filter(([op]) => op.op === 'net')
    .sort((x, y) => x[0].tick - y[0].tick || x[1] - y[1])
    .map(([, i]) => i);
  return deepFreeze(order);
}

/**
 * The cluster goes on under `source`, the scenario with an operation added at a tick it has not processed: the
 * operations it applied keep their places in the order, so `nextOperation` stays right.
 */
export function withClusterScenario(cl: ClusterState, source: Scenario): void {
  cl.scenario = deepFreeze(source);
  cl.operationOrder = netOperationOrder(cl.scenario);
}

/** The cluster of a validated scenario with a network section, at tick 0 before anything is decided. */
export function createCluster(source: Scenario): ClusterState {
  const scenario = deepFreeze(source);
  const network = scenario.network as NetworkConfig;
  const ids = clusterIds(scenario, network);
  const n = ids.length;
  const edges = connectionTable(scenario, network);
  const neighbours = neighboursOf(n, edges);
  const linkOf = new Int32Array(n * n).fill(-1);
  const links: LinkRun[] = [];
  for (const [a, b] of edges)
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      linkOf[x * n + y] = links.length;
      links.push(newLinkRun(x, y, deepFreeze(linkSpecOf(network, ids, x, y))));
    }
  const perNode = nodeScenarios(scenario).map((s) => deepFreeze({ ...s, network }));
  const cl: ClusterState = {
    scenario,
    ids: deepFreeze(ids),
    nodeScenarios: deepFreeze(perNode),
    nodes: perNode.map((s, i) => bootNode(s, ids, i)),
    status: ids.map(() => 'up'),
    skew: ids.map(() => 0),
    due: ids.map(() => 0),
    now: 0,
    neighbours: deepFreeze(neighbours),
    hops: nextHops(n, neighbours),
    links,
    linkOf,
    side: ids.map(() => 0),
    inflight: [],
    hopSeq: 0,
    held: ids.map(() => []),
    parked: ids.map(() => []),
    rng: seedRng(scenario.seed ^ NETWORK_SALT),
    messages: [],
    deliveredCount: noDeliveries(),
    deliveries: [],
    log: [],
    operationOrder: netOperationOrder(scenario),
    nextOperation: 0,
    protocol: createProtocol({ scenario, ids }),
    security: createSecurity(scenario, n),
    afs: createAfsRun({ scenario, ids }),
    migrations: [],
    nextBalance: network.balance?.interval ?? Infinity,
    finished: false,
  };
  // Every node joins at tick 0, in place order.
  if (cl.protocol) ids.forEach((_, i) => join(cl, i));
  return cl;
}
