import { retimeWait } from '../../kernel/io';
import type { KernelCalls } from '../../kernel/subsystem';
import { mustPcb, type SimState } from '../../kernel/state';
import type { Pcb } from '../../process/pcb';
import { deviceBound } from '../device/deviceConfig';
import { noIo, serveOnDevice, type DeviceIo } from '../device/deviceRun';
import { clearWritten } from '../device/blockFaults';
import { serveInOrder } from '../device/orderedIo';
import { landedFrom, noteServed } from '../device/landedDevice';
import { nextQueued, pickQueued, type DiskQueuePick } from '../device/diskQueue';
import type { DiskRunState } from '../device/nodeDisk';
import type { FsRun, WaitingRequest } from './state';

/**
 * The block device's queue. The simple device, the SSD and the RAID serve requests first come first served, each
 * given its start and end when it comes. The disk keeps a real queue: a process's request that finds it busy waits
 * (WAITING for fs, its end not yet known) and each time the disk comes free its policy picks the next request among
 * those waiting, from where the head is; the process wakes when its own request is served. The kernel's own
 * requests (a sync, the shrinking page cache's write-back, a model's snapshot read) are barriers: the requests
 * waiting before them are served first, in the policy's order, then they.
 */

/** `ends`: when each block landed, for a request served in order (the journal's writes) */
export type Served = { start: number; end: number; ahead: number; ends?: number[] };

/**
 * The device takes a request from tick `max(now, busyUntil)`: its ticks, a `deviceServed` event, its queue entry.
 * `inOrder`: the blocks must land one after another in the order given (the journal's writes).
 */
export function serveNow(
  st: SimState,
  run: FsRun,
  pid: number | null,
  request: { kind: 'read' | 'write'; path: string },
  blocks: number,
  io: DeviceIo = noIo,
  pick?: DiskQueuePick,
  inOrder = false,
): Served {
  run.queue = run.queue.filter((q) => q.end > st.now);
  const ahead = run.queue.length;
  const start = Math.max(st.now, run.busyUntil);
  let cost: number;
  let ends: number[] | undefined;
  if (run.faults) clearWritten(run.faults, io.writes);
  if (run.device) {
    const before = run.disk === null ? undefined : (run.landed ??= landedFrom(run.device));
    const served = inOrder ? serveInOrder(run.device, start, io) : serveOnDevice(run.device, start, io);
    cost = served.ticks;
    if (before) noteServed(before, st.now, start, io, inOrder, served);
    if (inOrder) ends = served.ends;
    const reason = pick && served.reason.kind === 'disk' ? { ...served.reason, pick } : served.reason;
    st.events.push({ tick: st.now, kind: 'deviceServed', forPid: pid, start, until: start + cost, reason });
  } else {
    const { requestTicks, blockTicks } = deviceBound(run.config.device);
    cost = requestTicks + blocks * blockTicks;
  }
  const end = start + cost;
  run.busyUntil = end;
  run.stats.blocksMoved += blocks;
  run.stats.busyTicks += cost;
  if (end > st.now) run.queue.push({ pid, ...request, blocks, start, end });
  return { start, end, ahead, ...(ends && { ends }) };
}

/** A request of `io` on the node's disk now waits in its queue: the disk is busy with another. */
export function joinsDiskQueue(run: FsRun, now: number, io: DeviceIo): boolean {
  return run.device?.kind === 'disk' && run.busyUntil > now && io.reads.length + io.writes.length > 0;
}

/**
 * A waiting process's wake-up until its request is picked: a tick after the disk comes free, when the pick
 * (at the disk's coming free, fsSubsystem.decide) will have set the real one. It never wakes at this tick.
 */
const untilPicked = (run: FsRun): number => run.busyUntil + 1;

/**
 * `p`'s request joins the disk's queue (`blockForPick` then blocks `p`). Returns when the disk comes free, how many
 * requests wait before it and how many are ahead in all (with the one being served).
 */
export function waitOnDisk(
  st: SimState,
  run: FsRun,
  p: Pcb,
  request: { kind: 'read' | 'write'; path: string },
  count: number,
  io: DeviceIo,
): { start: number; waiting: number; ahead: number } {
  const seq = nextQueued(run.device as DiskRunState);
  const blocks = [...io.reads, ...io.writes];
  const waiting = run.waiting.length;
  const ahead = run.queue.filter((q) => q.end > st.now).length + waiting;
  run.waiting.push({ seq, blocks, pid: p.pid, ...request, count, io, arrived: st.now });
  return { start: run.busyUntil, waiting, ahead };
}

/** `p`, its request in the disk's queue, blocks, WAITING for fs, until the policy picks it and the disk serves it. */
export function blockForPick(st: SimState, run: FsRun, p: Pcb, kernel: KernelCalls): void {
  kernel.block(st, p, untilPicked(run) - st.now, 'fs');
}

/** The disk serves the request its policy picks among those waiting, from when it comes free; its process wakes then. */
function serveNextWaiting(st: SimState, run: FsRun): void {
  const start = Math.max(st.now, run.busyUntil);
  const { at, pick } = pickQueued(run.device as DiskRunState, run.waiting, start);
  const [w] = run.waiting.splice(at, 1) as [WaitingRequest];
  const served = serveNow(st, run, w.pid, { kind: w.kind, path: w.path }, w.count, w.io, pick);
  run.stats.queuedTicks += served.start - w.arrived;
  const wake = (pid: number, until: number) => {
    const p = mustPcb(st, pid);
    // a process killed while it waited has no wait left to end: the disk serves its request all the same
    if (p.waitingFor === 'fs' && p.ioUntil !== null) retimeWait(st, p, until);
  };
  wake(w.pid, served.end);
  for (const o of run.waiting) wake(o.pid, untilPicked(run));
}

/** The disk has come free with requests waiting: its policy picks the next (at each completion, one at a time). */
export function serveDueWaiting(st: SimState, run: FsRun): void {
  while (run.waiting.length > 0 && run.busyUntil <= st.now) serveNextWaiting(st, run);
}

/** Before a kernel's request (a barrier): every request waiting is served first, each picked as the disk frees. */
export function drainWaiting(st: SimState, run: FsRun): void {
  while (run.waiting.length > 0) serveNextWaiting(st, run);
}

/** The tick the disk picks its next waiting request, or Infinity with none waiting. */
export const nextPick = (run: FsRun): number => (run.waiting.length > 0 ? run.busyUntil : Infinity);
