import { heapPush } from '../../kernel/heap';
import type { Hop, ClusterState } from './state';
import type { LossReason } from './events';
import { crossLink } from './links';
import { countSent } from './deliveredCounts';
import type { NetMessage, Outgoing } from '../message';
import type { Envelope } from '../security/types';
import { sealOnSend } from './secure';

export const byArrival = (a: Hop, b: Hop): number => a[0] - b[0] || a[1] - b[1];

export function lose(cl: ClusterState, m: NetMessage, at: number, reason: LossReason): void {
  cl.log.push({ tick: cl.now, kind: 'lost', id: m.id, at: cl.ids[at] as string, reason });
}

/** The link between `a` and `b` is cut by the partition (a bridge node is on every side). */
export function cut(cl: ClusterState, a: number, b: number): boolean {
  const [x, y] = [cl.side[a] as number, cl.side[b] as number];
  return x !== y && x !== -1 && y !== -1;
}

export function pushHop(cl: ClusterState, at: number, id: number, node: number, from: number): void {
  heapPush(cl.inflight, [at, cl.hopSeq++, id, node, from, cl.now] as Hop, byArrival);
}

/**
 * Numbers a message a node made now, seals it when the network is secured, and puts it on its way (a message to
 * its own node arrives next tick). A malicious node's `doctored` envelope rides instead of a sealed one.
 */
export function send(cl: ClusterState, out: Outgoing, doctored?: Envelope): NetMessage {
  const m: NetMessage = {
    id: cl.messages.length,
    from: out.from,
    to: out.to,
    body: out.body,
    bytes: out.bytes,
    sentAt: cl.now,
    envelope: null,
  };
  m.envelope = doctored ?? sealOnSend(cl, m);
  cl.messages.push(m);
  countSent(cl.deliveredCount);
  if (out.to.node === out.from.node) pushHop(cl, cl.now + 1, m.id, out.to.node, out.to.node);
  else forward(cl, m, out.from.node);
  return m;
}

/** `m`, now at node `at`, takes the next link of its route to its node, or is lost here saying why. */
export function forward(cl: ClusterState, m: NetMessage, at: number): void {
  const next = (cl.hops[at] as Int16Array)[m.to.node] as number;
  if (next === -1) return lose(cl, m, at, 'noRoute');
  const link = cl.links[cl.linkOf[at * cl.ids.length + next] as number];
  if (cut(cl, at, next)) {
    if (link) link.cut++;
    return lose(cl, m, at, 'partition');
  }
  if (!link) return lose(cl, m, at, 'noRoute');
  const out = crossLink(link, m.bytes, cl.now, cl.rng);
  if (out.kind === 'lost') return lose(cl, m, at, out.reason);
  const [from, to] = [cl.ids[at] as string, cl.ids[next] as string];
  if (out.delayed > 0) cl.log.push({ tick: cl.now, kind: 'delayed', id: m.id, from, to, ticks: out.delayed });
  if (out.reordered) cl.log.push({ tick: cl.now, kind: 'reordered', id: m.id, from, to });
  if (out.duplicated) cl.log.push({ tick: cl.now, kind: 'duplicated', id: m.id, from, to, by: out.duplicated });
  for (const arrival of out.arrivals) pushHop(cl, arrival, m.id, next, at);
}
