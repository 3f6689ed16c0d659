import { seedRng } from '../../kernel/rng';
import type { SimState } from '../../kernel/state';
import { completeBefore, overNoSoonerThan, startWire, unsentBy, wireThrough } from '../migration/postCopyWire';
import type { MigrationInput, MigrationResult } from '../migration/types';
import { waitedBy, type RemotePages } from '../subsystem/remotePages';
import type { NetRun } from '../subsystem/state';
import type { ClusterMigration } from './migrations';
import type { ClusterState } from './state';

const netOf = (cl: ClusterState, node: number): NetRun => (cl.nodes[node] as SimState).sub.net as NetRun;

/**
 * The process landed on its target by post-copy as `pid` now: the target's kernel gets its pages to come (the link
 * from now, its writes drawn from the migration's seed as the model draws them), and faults on them as it runs.
 */
export function landRemote(cl: ClusterState, m: ClusterMigration, pid: number): RemotePages {
  const method = m.input.method as Extract<MigrationInput['method'], { kind: 'postCopy' }>;
  const rp: RemotePages = {
    from: cl.ids[m.from] as string,
    wire: startWire(m.input, method, cl.now),
    dirty: m.input.dirty,
    rng: seedRng(m.input.seed),
    work: 0,
    pending: null,
    writes: Array.from({ length: m.input.pages }, () => 0),
    faults: [],
    waited: 0,
    until: null,
    since: 0,
    waitingFor: [],
    stall: null,
  };
  netOf(cl, m.to).remote.set(pid, rp);
  return rp;
}

/** The pages still coming to a post-copy migration's landed process, while its target is up; else undefined. */
export function remoteOf(cl: ClusterState, m: ClusterMigration): RemotePages | undefined {
  if (m.phase !== 'running' || !m.landed || cl.status[m.to] === 'down') return undefined;
  return netOf(cl, m.landed[0]).remote.get(m.landed[1]);
}

/**
 * The next tick a migration acts. A running post-copy one looks at its link when it could be over: at the last
 * page's arrival once every page has left, at a bound before that (migrations.ts steps the link then and looks
 * again); each look is at least a tick later.
 */
export function dueOf(cl: ClusterState, m: ClusterMigration): number {
  const rp = m.lostPages === 0 ? remoteOf(cl, m) : undefined;
  return rp ? overNoSoonerThan(rp.wire) : m.nextAt;
}

/** Whether every page is in by now (the link stepped to now), so the migration is over; true without pages coming. */
export function pagesAllIn(cl: ClusterState, m: ClusterMigration): boolean {
  const rp = remoteOf(cl, m);
  if (!rp) return true;
  wireThrough(rp.wire, cl.now - 1);
  return completeBefore(rp.wire, cl.now);
}

/** The target lets go of the process's remote pages (all in, or lost). */
export function dropRemote(cl: ClusterState, m: ClusterMigration): void {
  if (m.landed && cl.status[m.to] !== 'down') netOf(cl, m.landed[0]).remote.delete(m.landed[1]);
}

/**
 * Post-copy as the target lived it, up to `end` (the last page in, or the process lost): its faults and their
 * waits, the pages the source sent, the work ticks it checked there, each page's writes there (-1: never arrived).
 * Ticks count from the migration's start, as the model's do. The link is stepped to `end` first: it moves on its
 * own while the process does not touch it (waiting, or ended).
 */
export function livedResult(m: ClusterMigration, rp: RemotePages, end: number): MigrationResult {
  wireThrough(rp.wire, end - 1);
  const stop = (m.result as MigrationResult).stop;
  const { pages, pageSize } = m.input;
  const totalTicks = end - m.startTick;
  const sent = pages - unsentBy(rp.wire, end - 1);
  return {
    method: 'postCopy',
    rounds: [],
    stop,
    // A wait is its page's arrival less the fault's tick; one not over by `end` (the page stalled, or the process
    // lost) counts up to `end`.
    faults: rp.faults.map((f) => {
      const at = rp.wire.arrivedAt[f.page] as number;
      return { ...f, tick: f.tick - m.startTick, waitTicks: (at < 0 ? end : at) - f.tick };
    }),
    totals: {
      pagesTransferred: sent,
      bytesTransferred: sent * pageSize,
      rounds: 0,
      totalTicks,
      downtimeTicks: stop.downtimeTicks,
      degradationTicks: totalTicks - stop.downtimeTicks,
      // A wait the process did not live to the end of (it was lost, or still waits) counts up to `end`.
      faultWaitTicks: waitedBy(rp, end),
    },
    work: [{ where: 'target', from: 0, to: rp.work }],
    sourceAtSwitch: Array.from({ length: pages }, () => 0),
    target: rp.writes.map((n, page) => {
      const at = rp.wire.arrivedAt[page] as number;
      return at >= 0 && at < end ? n : -1;
    }),
  };
}

/**
 * `node` crashes at the end of this tick: a post-copy process it was still sending pages to has lost those it had
 * not sent (they were only there), so it goes at the next tick; one whose every page is on the wire lives on.
 */
export function postCopySourceDown(cl: ClusterState, node: number): void {
  for (const m of cl.migrations) {
    if (m.from !== node || m.lostPages > 0) continue;
    const rp = remoteOf(cl, m);
    if (!rp) continue;
    wireThrough(rp.wire, cl.now);
    const unsent = unsentBy(rp.wire, cl.now);
    if (unsent === 0) continue;
    m.lostPages = unsent;
    m.nextAt = cl.now + 1;
  }
}
