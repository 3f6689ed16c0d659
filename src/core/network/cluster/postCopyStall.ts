import { retimeWait } from '../../kernel/io';
import { pcbOf } from '../../kernel/state';
import { arrivalOf, flowAfter, holdAsksAt, stallAfter, unsentBy } from '../migration/postCopyWire';
import type { RemotePages, StreamStall } from '../subsystem/remotePages';
import { logStep, nodeNow } from './migrationLog';
import { routeOf } from './migrationRoute';
import type { ClusterMigration } from './migrations';
import { remoteOf } from './postCopyLanding';
import type { ClusterState } from './state';

/**
 * Post-copy's stream of pages under the cluster's faults. While the route from the source to the target is cut by
 * a partition, or the source is paused, the source sends no page; pages already on the wire arrive, as a message
 * that has taken its link does (transport.ts meets a cut when a message takes a link). A fault applies after the
 * nodes decided its tick (step.ts), so what the source sent in that tick has left, and the stream flows again from
 * the tick after a heal or resume. While the route is cut the target keeps its asks and sends them once it is whole
 * (as a message the partition would lose is asked again); a paused source takes asks in and acts once it resumes.
 * A process waiting for a page the stall keeps on the source waits on, WAITING with no tick set, until the stream
 * flows and the page can come; a wait set before the stall for such a page is extended so, not kept.
 */

/** Why the stream of `m` stalls now, or null when it can flow. */
function stallOf(cl: ClusterState, m: ClusterMigration): StreamStall | null {
  const route = routeOf(cl, m.from, m.to);
  if (route.kind === 'none') return { kind: 'partition', cut: route.why };
  return cl.status[m.from] === 'paused' ? { kind: 'paused' } : null;
}

/**
 * Brings every running post-copy migration's stream in line with the cluster now (after a partition, a heal, a
 * pause or a resume, and as a process lands): it stalls or flows again, logged with why; a process waiting for its
 * pages has its wait extended or ended at the arrival the stream now gives, narrated on its node.
 */
export function syncStreams(cl: ClusterState): void {
  for (const m of cl.migrations) syncStream(cl, m);
}
/**
 * One migration's stream, brought in line now; `stalledFrom` is the first tick a stall would cover: the next one
 * after a fault (what the source sent in the fault's tick has left), this one as the process lands (its source
 * paused before, it sends nothing at all).
 */
export function syncStream(cl: ClusterState, m: ClusterMigration, stalledFrom = cl.now + 1): void {
  if (m.phase !== 'running' || m.lostPages > 0) return;
  const rp = remoteOf(cl, m);
  if (!rp) return;
  const why = stallOf(cl, m);
  holdAsksAt(rp.wire, why?.kind === 'partition', cl.now);
  const was = rp.stall;
  rp.stall = why;
  if ((why === null) === (was === null)) return;
  const from = cl.ids[m.from] as string;
  if (why) {
    stallAfter(rp.wire, stalledFrom - 1);
    m.stalls.push({ since: cl.now, until: null, why });
    logStep(cl, m, { kind: 'stalled', from, why, unsent: unsentBy(rp.wire, cl.now) });
  } else {
    flowAfter(rp.wire, cl.now);
    const last = m.stalls.at(-1) as ClusterMigration['stalls'][number];
    last.until = cl.now;
    logStep(cl, m, { kind: 'flowing', from, stalledTicks: cl.now - last.since, unsent: unsentBy(rp.wire, cl.now) });
  }
  if (rp.until !== null) rewait(cl, m, rp);
}

/** The landed process waits for pages: its wait ends when the stream now brings the last of them (Infinity: never). */
function rewait(cl: ClusterState, m: ClusterMigration, rp: RemotePages): void {
  const [node, pid] = m.landed as [number, number];
  const st = nodeNow(cl, node);
  const p = pcbOf(st, pid);
  const until = arrivalOf(rp.wire, rp.waitingFor);
  if (!p || p.state !== 'WAITING' || until === rp.until) return;
  rp.until = until;
  retimeWait(st, p, until);
  const pages = rp.waitingFor.filter((page) => {
    const at = rp.wire.arrivedAt[page] as number;
    return at < 0 || at > cl.now;
  });
  if (until === Infinity)
    st.events.push({ tick: cl.now, kind: 'remoteStall', pid, pages, from: rp.from, why: rp.stall as StreamStall });
  else {
    st.events.push({ tick: cl.now, kind: 'remoteFlow', pid, pages, from: rp.from, until });
    cl.due[node] = Math.min(cl.due[node] as number, until);
  }
}
