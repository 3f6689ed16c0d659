import { deepCopy } from '../../deepCopy';
import { failMember, rebuildMember } from './nodeRaid';
import { serveOnDevice, type DeviceIo, type DeviceRun } from './deviceRun';
import { serveInOrder } from './orderedIo';

/**
 * The device as far as its work had landed. The node serves a request whole when it takes it (its end is known at
 * once, in the future), so the device it keeps is ahead of the clock; a crash must leave the device as the power
 * found it. Where a crash can happen (a journal), the node keeps a second copy of the device behind the first and
 * the list of what the first was given since: requests (with when each block landed) and a RAID's fails and
 * rebuilds, in the order given. A request joins the copy once it has ended; at a crash the copy takes the
 * requests ended, the blocks of the one in flight that had landed, and every fail and rebuild, and becomes the
 * device.
 */
export type DeviceStep =
  | {
      kind: 'serve';
      start: number;
      end: number;
      io: DeviceIo;
      inOrder: boolean;
      /** when each block landed (a disk's in its order of service), or absent: all of it at `end` */
      ends?: number[];
      /** a disk's order of service: places in `[...reads, ...writes]` (absent: that order) */
      order?: number[];
    }
  | { kind: 'fail'; disk: number; at: number }
  | { kind: 'rebuild'; disk: number; at: number };

export interface LandedDevice {
  device: DeviceRun;
  steps: DeviceStep[];
}

/** The copy of a device that has done nothing yet (or whose work has all landed). */
export const landedFrom = (d: DeviceRun): LandedDevice => ({ device: deepCopy(d), steps: [] });

/** The device was given `step` (after serving it, or failing or rebuilding a member): the copy has it to do. */
export function noteStep(l: LandedDevice, step: DeviceStep, now: number): void {
  settle(l, now);
  l.steps.push(step);
}

/** The device served `io` from `start` as `served` says: the copy has it to do. */
export function noteServed(
  l: LandedDevice,
  now: number,
  start: number,
  io: DeviceIo,
  inOrder: boolean,
  served: { ticks: number; ends?: number[]; order?: number[] },
): void {
  const { ends, order } = served;
  noteStep(
    l,
    { kind: 'serve', start, end: start + served.ticks, io, inOrder, ...(ends && { ends }), ...(order && { order }) },
    now,
  );
}

function replay(d: DeviceRun, step: DeviceStep): void {
  if (step.kind === 'serve') {
    if (step.inOrder) serveInOrder(d, step.start, step.io);
    else serveOnDevice(d, step.start, step.io);
  } else if (d.kind === 'raid') {
    if (step.kind === 'fail') failMember(d, step.disk, step.at);
    else rebuildMember(d, step.disk, step.at);
  }
}

/** The copy takes every step before the first request not ended by `now`. */
function settle(l: LandedDevice, now: number): void {
  let n = 0;
  for (const step of l.steps) {
    if (step.kind === 'serve' && step.end > now) break;
    replay(l.device, step);
    n++;
  }
  if (n > 0) l.steps.splice(0, n);
}

/**
 * The part of a request that had landed by `now`: its blocks that had (a prefix in the order it served them), served
 * from its start as they were, one after another. A disk's prefix is one batch in its order of service, which
 * moves the head as the whole batch did up to there.
 */
function replayLanded(d: DeviceRun, step: Extract<DeviceStep, { kind: 'serve' }>, now: number): void {
  const landed = (step.ends ?? []).filter((t) => t <= now).length;
  if (landed === 0) return;
  const listed = [...step.io.reads, ...step.io.writes];
  const places = (step.order ?? listed.map((_, i) => i)).slice(0, landed);
  if (d.kind === 'disk') {
    const writes = places.filter((i) => i >= step.io.reads.length).length;
    const blocks = places.map((i) => listed[i] as number);
    serveInOrder(d, step.start, { reads: blocks, writes: [] });
    // The disk cannot tell a read from a write; its counts can.
    d.counts.writes += writes;
    return;
  }
  const io = {
    reads: step.io.reads.slice(0, landed),
    writes: step.io.writes.slice(0, Math.max(0, landed - step.io.reads.length)),
  };
  if (step.inOrder) serveInOrder(d, step.start, io);
  else serveOnDevice(d, step.start, io);
}

/**
 * The device as the power found it at `now` (a crash): the requests ended, the landed blocks of the one in flight,
 * and every fail and rebuild given (they happened by now whatever the requests did). What the file system keeps of
 * its own on the device goes on: the ledger's next block in its ring, the disk's count of queued requests.
 */
export function landedAt(l: LandedDevice, live: DeviceRun, now: number): DeviceRun {
  settle(l, now);
  const d = l.device;
  const [flight] = l.steps;
  if (flight?.kind === 'serve') replayLanded(d, flight, now);
  for (const step of l.steps) if (step.kind !== 'serve') replay(d, step);
  d.counts.ledgerNext = live.counts.ledgerNext;
  if (d.kind === 'disk' && live.kind === 'disk') {
    d.queued = live.queued;
    d.batchEnd = live.batchEnd;
  }
  l.device = deepCopy(d);
  l.steps = [];
  return d;
}
