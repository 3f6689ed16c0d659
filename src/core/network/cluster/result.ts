import { runResult, type RunResult } from '../../kernel/result';
import { checkCluster, type CheckFinding, type CheckVerdict } from './checker';
import { netText, type LossReason, type NetEvent } from './events';
import type { ClusterState } from './state';
import type { AttackCopy, SecurityRun } from './secure';
import { shortName } from '../security/names';
import { rejectionCounts, type SecurityLogEntry } from '../security/securityLog';
import type { RejectReason, SecurityMode } from '../security/types';
import type { NetRun } from '../subsystem/state';
import { netNodeText, type NetNodeEvent } from '../subsystem/events';
import { gossipResult, ledgerFindings, type GossipResult } from '../p2p/gossipResult';
import { migrationSummaries, type MigrationSummary } from './migrationResult';
import { afsFindings, afsResult, type AfsResult } from '../afs/afsResult';

/** The network's part of `sim run --json` for a cluster. */
/** What the cluster's security did: messages sealed and opened, rejections by reason, and every verdict. */
export interface SecurityResult {
  mode: SecurityMode;
  sealed: number;
  opened: number;
  rejected: Partial<Record<RejectReason, number>>;
  /** the attack fault's messages, by id */
  attacks: AttackCopy[];
  log: (SecurityLogEntry & { text: string })[];
}

/**
 * How the security log names nodes to a reader: `name` gives a node id's cluster name (the id itself when the
 * cluster has no such node), `words` puts the cluster's name beside each short key id a sentence names.
 */
export function securityNamer(cl: ClusterState, sec: SecurityRun) {
  const name = (id: string): string => cl.ids[sec.directory.findIndex((d) => d.id === id)] ?? id;
  const named = sec.directory.map((d, i) => [`node ${shortName(sec.directory, d.id)}`, cl.ids[i] as string] as const);
  const words = (sentence: string): string =>
    named.reduce((text, [short, id]) => text.replaceAll(short, `${short.replace('node ', `node ${id} (`)})`), sentence);
  return { name, words };
}

/** The security part of the result; each log line's text names the nodes as the cluster does. */
export function securityResult(cl: ClusterState): SecurityResult | undefined {
  const sec = cl.security;
  if (!sec) return undefined;
  const rejected = Object.fromEntries(Object.entries(rejectionCounts(sec.log)).filter(([, n]) => n > 0));
  const { name, words } = securityNamer(cl, sec);
  return {
    mode: sec.mode,
    sealed: sec.sealed,
    opened: sec.opened,
    rejected,
    attacks: sec.attacks.map((a) => ({ ...a })),
    log: sec.log.map((e) => ({ ...e, text: `${name(e.node)}: message #${e.messageId} ${words(e.sentence)}` })),
  };
}

export interface NetworkResult {
  ticks: number;
  finished: boolean;
  nodes: {
    id: string;
    status: string;
    ticks: number;
    finished: boolean;
    processes: number;
    completed: number;
    traceHash: string | null;
    /** what its processes did with the network */
    net: NetRun['stats'];
  }[];
  messages: {
    sent: number;
    delivered: number;
    lost: number;
    duplicated: number;
    suppressed: number;
    onTheirWay: number;
  };
  lostBy: Partial<Record<LossReason, number>>;
  links: { from: string; to: string; sent: number; bytes: number; lost: number }[];
  checker: CheckVerdict;
  /** the P2P protocol's gossip: each item's infection curve beside the theoretical rounds (absent: no protocol) */
  gossip?: GossipResult;
  /** signed or encrypted traffic (absent: the network has no security and no attack) */
  security?: SecurityResult;
  /** each process migration, in starting order (absent: the scenario migrates nothing and balances no load) */
  migrations?: MigrationSummary[];
  /** the AFS protocol: each client's reads and cache, the server's files (absent: the scenario has no network.afs) */
  afs?: AfsResult;
  /** the cluster's trace hash: every node's, the network's log and every delivery */
  traceHash: string;
  /** the network's events and each node's processes' (`node`: where), in tick order, each with its words */
  events: ((NetEvent | (NetNodeEvent & { node: string })) & { text: string })[];
}

/** FNV-1a over the nodes' trace hashes, the network's log and its deliveries: two runs with one hash did the same. */
export function clusterHash(cl: ClusterState, nodes: readonly (string | null)[]): string {
  let h = 0x811c9dc5;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const n of nodes) feed(`${n};`);
  for (const e of cl.log) feed(JSON.stringify(e));
  for (let i = 0; i < cl.deliveries.length; i++) feed(`${cl.deliveries[i]},`);
  // Only a secured run has a log: every other run's hash stays what it was.
  for (const e of cl.security?.log ?? []) feed(JSON.stringify(e));
  return h.toString(16).padStart(8, '0');
}

export function networkResult(
  cl: ClusterState,
  perNode: readonly RunResult[],
  extra: CheckFinding[] = [],
): NetworkResult {
  const lostBy: Partial<Record<LossReason, number>> = {};
  let duplicated = 0;
  let suppressed = 0;
  for (const e of cl.log) {
    if (e.kind === 'lost') lostBy[e.reason] = (lostBy[e.reason] ?? 0) + 1;
    else if (e.kind === 'duplicated') duplicated++;
    else if (e.kind === 'suppressed') suppressed++;
  }
  const hashes = perNode.map((r) => r.traceHash);
  const gossip = gossipResult(cl);
  const security = securityResult(cl);
  const migrates = cl.scenario.network?.balance !== undefined || cl.migrations.length > 0;
  const afs = afsResult(cl);
  return {
    ticks: cl.now,
    finished: cl.finished,
    nodes: cl.nodes.map((st, i) => ({
      id: cl.ids[i] as string,
      status: cl.status[i] as string,
      ticks: st.now,
      finished: st.finished,
      processes: st.procs.length,
      completed: st.terminated,
      traceHash: hashes[i] ?? null,
      net: { ...(st.sub.net as NetRun).stats },
    })),
    messages: {
      sent: cl.messages.length,
      delivered: cl.deliveries.length / 2,
      lost: Object.values(lostBy).reduce((a, b) => a + b, 0),
      duplicated,
      suppressed,
      onTheirWay: cl.inflight.length + cl.held.reduce((a, h) => a + h.length, 0),
    },
    lostBy,
    links: cl.links.map((l) => ({
      from: cl.ids[l.from] as string,
      to: cl.ids[l.to] as string,
      sent: l.sent,
      bytes: l.bytes,
      lost: l.lost,
    })),
    checker: checkCluster(cl, [...ledgerFindings(cl), ...afsFindings(cl), ...extra]),
    ...(gossip && { gossip }),
    ...(security && { security }),
    ...(migrates && { migrations: migrationSummaries(cl) }),
    ...(afs && { afs }),
    traceHash: clusterHash(cl, hashes),
    events: allEvents(cl),
  };
}

/** Each node's own result (its processes, trace hash), in cluster order. */
export function nodeResults(cl: ClusterState): RunResult[] {
  return cl.nodes.map((st) => runResult(st));
}

/** The network's log and every node's processes' network log, merged by tick (the network's first within a tick). */
function allEvents(cl: ClusterState): NetworkResult['events'] {
  const out: NetworkResult['events'] = cl.log.map((e) => ({ ...e, text: netText(e) }));
  cl.nodes.forEach((st, i) => {
    const node = cl.ids[i] as string;
    for (const e of (st.sub.net as NetRun).log) out.push({ ...e, node, text: `${node}: ${netNodeText(e)}` });
  });
  // A stable sort keeps the network's before the nodes' and each log's own order within a tick.
  return out.sort((a, b) => a.tick - b.tick);
}
