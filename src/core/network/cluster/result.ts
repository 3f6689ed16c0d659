import { runResult, type RunResult } from '../../kernel/result';
import { checkCluster, type CheckFinding, type CheckVerdict } from './checker';
import { netText, type LossReason, type NetEvent } from './events';
import type { ClusterState } from './state';
import { gossipResult, ledgerFindings, type GossipResult } from '../p2p/gossipResult';

/** The network's part of `sim run --json` for a cluster. */
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
  /** the cluster's trace hash: every node's, the network's log and every delivery */
  traceHash: string;
  events: (NetEvent & { text: string })[];
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
    checker: checkCluster(cl, [...ledgerFindings(cl), ...extra]),
    ...(gossip && { gossip }),
    traceHash: clusterHash(cl, hashes),
    events: cl.log.map((e) => ({ ...e, text: netText(e) })),
  };
}

/** Each node's own result (its processes, trace hash), in cluster order. */
export function nodeResults(cl: ClusterState): RunResult[] {
  return cl.nodes.map((st) => runResult(st));
}
