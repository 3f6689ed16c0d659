import type { FsConfig } from '../fs/config';
import type { HeapConfig } from '../heap/types';
import type { MemoryConfig } from '../memory/types';
import type { ProcessSpec } from '../scenario/types';
import type { AfsSpec } from './afs/afsSpec';
import type { MigrationMethod } from './migration/types';
import type { AttackKind, SecurityMode, TamperField } from './security/types';

/** Limits of the `network` section, named in every refusal. */
export const NET_LIMITS = {
  /** nodes in a cluster, the top-level node included */
  maxNodes: 64,
  maxTicks: 1_000_000,
  maxBytes: 2 ** 30,
  maxMbps: 1_000_000,
  maxEdges: 64 * 63,
  maxOverrides: 4096,
  maxFanout: 63,
  maxRounds: 10_000,
  maxItems: 1024,
  maxSteps: 256,
  maxRepeat: 1_000_000,
} as const;

/**
 * A link's delay on the wire, drawn per message from the cluster's seeded PRNG: `constant` ticks; `uniform`
 * from `min` to `max` inclusive; `exponential` with mean `mean` (rounded up, at least 1 tick).
 */
export type Latency =
  | { kind: 'constant'; ticks: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'exponential'; mean: number };

/**
 * What a link does to a message. `bandwidthMbps` 0 is unlimited (no serialisation delay); otherwise a message
 * of B bytes takes ceil(B / (12.5 · Mbps)) ticks on the wire (a tick is 0.1 ms: 1 Mbit/s moves 12.5 bytes a
 * tick), behind the messages queued before it. `loss`, `duplicate` and `reorder` are probabilities (0 to 1); a
 * reordered message skips the link's FIFO order and is held back up to the link's largest latency more.
 */
export interface LinkSpec {
  latency: Latency;
  bandwidthMbps: number;
  loss: number;
  duplicate: number;
  reorder: number;
}

/** One link's settings over the defaults, both directions of the edge between `a` and `b`. */
export type LinkOverride = { a: string; b: string } & Partial<LinkSpec>;

/**
 * Who is linked to whom (cluster/topology.ts), over the nodes in cluster order (the top-level node first):
 * every pair, a ring, a star around `hub` (default the first node), a grid `columns` wide (rows as needed,
 * each node linked to its right and lower neighbour), a line, a tree where node i's parent is (i-1)/fanout, a
 * seeded random graph where each pair is linked with probability `p` (a line through all nodes first, so it is
 * connected), or hand-drawn `edges`. Each node's `connections` adds its own edges to any of them.
 */
export type Topology =
  | { kind: 'mesh' }
  | { kind: 'ring' }
  | { kind: 'star'; hub?: string }
  | { kind: 'grid'; columns: number }
  | { kind: 'line' }
  | { kind: 'tree'; fanout: number }
  | { kind: 'random'; p: number }
  | { kind: 'edges'; edges: [string, string][] };
export type TopologyKind = Topology['kind'];

/** A further node of the cluster: like the top-level node, with its own workload (none: an idle node). */
export interface NetworkNodeSpec {
  id: string;
  cpus: number;
  gpus: number;
  connections: string[];
  processes: ProcessSpec[];
  memory?: MemoryConfig;
  heap?: HeapConfig;
  fs?: FsConfig;
}

/**
 * The P2P protocol every node runs below its processes (protocol/): a join when it starts, heartbeats every
 * `heartbeatEvery` ticks to its neighbours, a neighbour suspected after `suspectAfter` ticks without one; push
 * gossip of `items` (transactions and ledger blocks, each made at a node at a tick) among the `validators` (all
 * nodes when absent), each holder pushing each item to `fanout` random neighbours every round for
 * `pushRounds` rounds after it got it; heartbeats carry how many items a node holds, so a neighbour that holds
 * fewer (after a partition heals, a restart) is sent what it lacks. It runs `rounds` heartbeat periods of the cluster's clock.
 */
export interface ProtocolSpec {
  heartbeatEvery: number;
  suspectAfter: number;
  rounds: number;
  fanout: number;
  pushRounds: number;
  validators?: string[];
  items: GossipItemSpec[];
}
export interface GossipItemSpec {
  tick: number;
  node: string;
  kind: 'transaction' | 'block';
  bytes: number;
}

/** The scenario's `network` section: the cluster's further nodes, who is linked to whom and how, the protocol. */
export interface NetworkConfig {
  nodes: NetworkNodeSpec[];
  topology?: Topology;
  links: LinkSpec;
  overrides: LinkOverride[];
  protocol?: ProtocolSpec;
  /** how every message between nodes is protected (network/security/); absent: none, messages travel as they are */
  security?: SecurityMode;
  /** a load-balancing policy that migrates processes between nodes (cluster/balance/); absent: none */
  balance?: BalanceSpec;
  /** the Andrew File System run as a protocol between a server node and client nodes (afs/afsSpec.ts); absent: none */
  afs?: AfsSpec;
}

/**
 * Which process a `migrate` moves and how. `process` is its pid or its name on node `from`; `method` is the
 * migration model's (network/migration/types.ts); `writes` is its writable working set (pages written per tick of
 * its CPU work, drawn from the first `pages` of its pages): absent, its `accesses` say what it writes, or nothing.
 */
export interface MigrateSpec {
  process: number | string;
  from: string;
  to: string;
  method: MigrationMethod;
  writes?: { pages: number; writesPerTick: number };
}

/**
 * The load balancer: every `interval` ticks the policy (cluster/balance/registry.ts) compares the nodes' loads
 * (live processes per CPU) and, when the busiest is at least `threshold` above the idlest, migrates one process
 * from it to the idlest with `method`.
 */
export interface BalanceSpec {
  policy: 'leastLoaded';
  threshold: number;
  interval: number;
  method: MigrationMethod;
}

export const DEFAULT_LINK: Readonly<LinkSpec> = Object.freeze({
  latency: Object.freeze({ kind: 'constant', ticks: 10 }) as Latency,
  bandwidthMbps: 0,
  loss: 0,
  duplicate: 0,
  reorder: 0,
});

/** Where a process's message goes: a process on a node (by node id and pid). */
export interface MessageTarget {
  node: string;
  pid: number;
}

/**
 * One step of a process's messaging, taken every `every` ticks of its progress (as file requests are): `send`
 * (WAITING while its bytes leave at its `needs.networkMbps`, none when 0), `receive` (WAITING until a message
 * comes, or `timeout` ticks), `request` (send, then WAITING for the reply or `timeout` ticks), `serve`
 * (WAITING for a request, then its reply of `bytes` goes back).
 */
export type MessageStep =
  | { kind: 'send'; to: MessageTarget; bytes: number }
  | { kind: 'receive'; timeout?: number }
  | { kind: 'request'; to: MessageTarget; bytes: number; timeout: number }
  | { kind: 'serve'; bytes: number; timeout?: number };

/** A process's messaging: its steps in order, the whole list `repeat` times. */
export interface MessageIo {
  every: number;
  repeat: number;
  steps: MessageStep[];
}

/** Faults and changes to the network, as scenario operations (`{"op": "net", "fault": {...}}`). */
export type NetFault =
  | { kind: 'crash'; node: string }
  | { kind: 'restart'; node: string }
  | { kind: 'pause'; node: string }
  | { kind: 'resume'; node: string }
  /** links between different groups are cut; `bridge` nodes keep their links to every group (a partial partition) */
  | { kind: 'partition'; groups: string[][]; bridge?: string[] }
  | { kind: 'heal' }
  /**
   * the next message to leave `from` for `to` (a link), or, with `message`, that message (by its number) now on its
   * way over that link: dropped (every copy on the wire), doubled (a copy arrives a tick after it), or held `ticks` more
   */
  | { kind: 'drop'; from: string; to: string; message?: number }
  | { kind: 'duplicate'; from: string; to: string; message?: number }
  | { kind: 'delay'; from: string; to: string; ticks: number; message?: number }
  /** the node's clock runs `ticks` ahead (negative: behind) of the cluster's: its protocol timers move */
  | { kind: 'skew'; node: string; ticks: number }
  /**
   * `node` turns malicious: it sends again, doctored, the last message it sent (tamper: one byte of `field`, the
   * body unless named; replay: as it was) to that message's receiver, or (impersonate, forge) sends that receiver
   * a message claiming to come from `victim` (default: the first node that is neither) with its own signature or
   * a made-up one. `victim` for tamper and replay picks the last message it sent to that node.
   */
  | { kind: 'attack'; node: string; attack: AttackKind; victim?: string; field?: TamperField }
  /** live migration of a process from one node to another (cluster/migrations.ts) */
  | ({ kind: 'migrate' } & MigrateSpec);
export type NetFaultKind = NetFault['kind'];
