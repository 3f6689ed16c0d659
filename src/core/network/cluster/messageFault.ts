import type { NetFault } from '../config';
import { deliveredOf } from './deliveredCounts';
import type { LinkRun } from './links';
import type { ClusterState, Hop } from './state';
import { byArrival, lose, pushHop } from './transport';

/** A drop, duplicate or delay fault aimed at one message on its way (its `message` number given). */
export type MessageFault = Extract<NetFault, { kind: 'drop' | 'duplicate' | 'delay' }> & { message: number };

export function aimsAtMessage(f: NetFault): f is MessageFault {
  return (f.kind === 'drop' || f.kind === 'duplicate' || f.kind === 'delay') && f.message !== undefined;
}

/** The copies of message `id` on the wire from node `a` to node `b` now, earliest arrival first. */
function copiesOnLink(cl: ClusterState, id: number, a: number, b: number): Hop[] {
  return cl.inflight.filter((h) => h[2] === id && h[4] === a && h[3] === b).sort(byArrival);
}

/**
 * Why the message a fault names cannot be taken now, or null: it must have been sent, and a copy of it must be on
 * the wire of that link (not delivered, lost or gone on further already).
 */
export function messageRefusal(cl: ClusterState, f: MessageFault): string | null {
  const sent = cl.messages.length;
  if (f.message >= sent)
    return `there is no message #${f.message}: ${sent} message${sent === 1 ? ' was' : 's were'} sent so far (#0 to #${sent - 1})`;
  const [a, b] = [cl.ids.indexOf(f.from), cl.ids.indexOf(f.to)];
  if (copiesOnLink(cl, f.message, a, b).length > 0) return null;
  const delivered = deliveredOf(cl.deliveredCount, f.message) > 0;
  const where = delivered ? 'it was delivered already' : `it is not on the wire from ${f.from} to ${f.to} now`;
  return `message #${f.message} cannot be taken: ${where}; only a message on its way can be dropped, duplicated or delayed`;
}

/** Arrival ticks the link's statistics count as on the wire: one copy's taken out (or moved) as the fault does. */
function unlistArrival(link: LinkRun | undefined, at: number): void {
  const i = link ? link.onWire.indexOf(at) : -1;
  if (link && i >= 0) link.onWire.splice(i, 1);
}

/**
 * Applies a fault checked by messageRefusal to the message on the wire: a drop takes every copy off (lost at the
 * near end, as a link's drop fault is), a duplicate sends a copy a tick behind the first, a delay holds every copy
 * `ticks` more. The link's counts move as they would have had the link done it.
 */
export function applyMessageFault(cl: ClusterState, f: MessageFault, link: LinkRun | undefined): void {
  const [a, b] = [cl.ids.indexOf(f.from), cl.ids.indexOf(f.to)];
  const copies = copiesOnLink(cl, f.message, a, b);
  const first = copies[0] as Hop;
  if (f.kind === 'duplicate') {
    pushHop(cl, first[0] + 1, f.message, b, a);
    if (link) {
      link.duplicated++;
      link.carried++;
      link.onWire.push(first[0] + 1);
    }
    cl.log.push({ tick: cl.now, kind: 'duplicated', id: f.message, from: f.from, to: f.to, by: 'fault' });
    return;
  }
  const rest = cl.inflight.filter((h) => !copies.includes(h));
  const moved: Hop[] =
    f.kind === 'delay' ? copies.map((h) => [h[0] + f.ticks, h[1], h[2], h[3], h[4], h[5]] as Hop) : [];
  for (const h of copies) unlistArrival(link, h[0]);
  for (const h of moved) link?.onWire.push(h[0]);
  // A sorted array is a heap: the in-flight list is rebuilt in arrival order without the copies (or with them moved).
  cl.inflight = [...rest, ...moved].sort(byArrival);
  if (f.kind === 'delay') {
    if (link) link.latencyTicks += f.ticks * copies.length;
    cl.log.push({ tick: cl.now, kind: 'delayed', id: f.message, from: f.from, to: f.to, ticks: f.ticks });
    return;
  }
  if (link) {
    link.lost++;
    link.dropped++;
  }
  const m = cl.messages[f.message];
  if (m) lose(cl, m, a, 'faultDrop');
}
