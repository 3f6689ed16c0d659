import type { RngState } from '../../kernel/rng';
import type { SimState } from '../../kernel/state';
import type { KernelCalls } from '../../kernel/subsystem';
import type { Pcb } from '../../process/pcb';
import { writerOn } from '../migration/dirtyModel';
import { arrivalOf, ask, completeBefore, missingAt, wireThrough, type PostCopyWire } from '../migration/postCopyWire';
import type { DirtyModel, PageFault } from '../migration/types';
import type { SimEvent } from '../../kernel/events';
import type { NetRun } from './state';

/** Why the stream of pages is stalled: the route is cut by a partition, or the source is paused. */
export type StreamStall = Extract<SimEvent, { kind: 'remoteStall' }>['why'];

/**
 * A process that landed here by post-copy, while its pages are still coming from `from` (the cluster puts it here
 * as it lands and takes it away once the last page is in). Before each tick of its work the kernel checks the pages
 * that tick writes; one not here yet is a remote fault: the process blocks, WAITING, until every page it misses
 * arrives. `work` is the work tick checked next (its CPU ticks here, less memory stalls, as
 * its messaging counts them), `pending` what that tick writes once drawn, `writes` each page's writes here.
 */
export interface RemotePages {
  from: string;
  wire: PostCopyWire;
  dirty: DirtyModel;
  rng: RngState;
  work: number;
  pending: number[] | null;
  writes: number[];
  faults: PageFault[];
  /** ticks it was blocked on faults whose wait is over */
  waited: number;
  /** blocked on a fault now, until this tick (Infinity: until a stalled stream flows again); null when not */
  until: number | null;
  /** the wait under way: since when, for which pages */
  since: number;
  waitingFor: number[];
  /** the stream is stalled now, and why (the cluster says: network/cluster/postCopyStall.ts); null while it flows */
  stall: StreamStall | null;
}

/** The tick at which running `p` begins its next unchecked work tick, or Infinity once every page is in by then. */
export function nextTouch(rp: RemotePages, p: Pcb): number {
  const at = p.runSince + Math.max(0, rp.work + p.memoryStall - p.cpuTime);
  return completeBefore(rp.wire, at) ? Infinity : at;
}

/**
 * `p` is about to do its work tick `rp.work` now: with every page it writes here, it does (the writes counted);
 * otherwise it faults on those missing and blocks until the last of them arrives. Returns true when it blocked.
 */
export function touch(st: SimState, rp: RemotePages, p: Pcb, kernel: KernelCalls): boolean {
  const now = st.now;
  wireThrough(rp.wire, now);
  const pending = (rp.pending ??= writerOn(rp.dirty, rp.rng)(rp.work).slice());
  const missing = missingAt(rp.wire, pending, now);
  if (missing.length === 0) {
    for (const page of pending) rp.writes[page] = (rp.writes[page] as number) + 1;
    rp.pending = null;
    rp.work++;
    return false;
  }
  rp.faults.push(...ask(rp.wire, now, missing));
  const until = arrivalOf(rp.wire, missing);
  rp.until = until;
  rp.since = now;
  rp.waitingFor = missing;
  if (until === Infinity)
    st.events.push({
      tick: now,
      kind: 'remoteStall',
      pid: p.pid,
      pages: missing,
      from: rp.from,
      why: rp.stall as StreamStall,
    });
  else st.events.push({ tick: now, kind: 'remoteFault', pid: p.pid, pages: missing, from: rp.from, until });
  kernel.block(st, p, until - now, 'net');
  return true;
}

/** Ticks `rp`'s process waited on faults up to `end`, the wait under way counted up to it. */
export function waitedBy(rp: RemotePages, end: number): number {
  return rp.waited + (rp.until === null ? 0 : Math.min(rp.until, end) - rp.since);
}

/** A stalled stream is waited for from outside the node: only the cluster (a heal, a resume) ends that wait. */
export function waitsForStream(run: NetRun): boolean {
  for (const rp of run.remote.values()) if (rp.until === Infinity) return true;
  return false;
}

/** The wait for `pid`'s remote pages is over (they are in): true if it was one. */
export function wakeFromFault(st: SimState, run: NetRun, pid: number): boolean {
  const rp = run.remote.get(pid);
  if (rp === undefined || rp.until === null) return false;
  rp.waited += st.now - rp.since;
  rp.until = null;
  st.events.push({ tick: st.now, kind: 'netDone', pid });
  return true;
}
