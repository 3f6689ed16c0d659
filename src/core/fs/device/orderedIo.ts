import { REBUILD_STEPS_SHOWN } from './memberRebuild';
import { DEVICE_ORDER_SHOWN, serveOnDevice, type DeviceIo, type DeviceReason, type DeviceRun } from './deviceRun';

/**
 * Serves `io` one block at a time in the order given (its reads, then its writes), each after the one before has
 * landed: the journal's rule (a commit block after the blocks it commits, a checkpoint after the commit, replay's
 * home writes after it read the journal), which a disk's policy, a RAID's parallel members or an FTL's batch must
 * not reorder. One request of the device's: a disk's a batch served first come, first served; an SSD's and a
 * RAID's one block after another, the time the sum of the blocks'. `ends`: the tick each block landed.
 */
export function serveInOrder(
  d: DeviceRun,
  start: number,
  io: DeviceIo,
): { ticks: number; reason: DeviceReason; ends: number[] } {
  const blocks = [
    ...io.reads.map((b): DeviceIo => ({ reads: [b], writes: [] })),
    ...io.writes.map((b): DeviceIo => ({ reads: [], writes: [b] })),
  ];
  if (blocks.length === 0) return { ...serveOnDevice(d, start, io), ends: [] };
  if (d.kind === 'disk') {
    // One batch taken first come, first served: a disk served block by block would wait a turn between neighbours.
    const fifo = { ...d, config: { ...d.config, policy: 'FIFO' as const } };
    const served = serveOnDevice(fifo, start, io);
    Object.assign(d, fifo, { config: d.config });
    return { ticks: served.ticks, reason: inOrder(served.reason), ends: served.ends ?? [] };
  }
  const requests = d.counts.requests;
  const ends: number[] = [];
  const reasons: DeviceReason[] = [];
  let at = start;
  for (const block of blocks) {
    const served = serveOnDevice(d, at, block);
    at += served.ticks;
    ends.push(at);
    reasons.push(served.reason);
  }
  // The device counted the blocks and the time as it served each; the request is one.
  d.counts.requests = requests + 1;
  const [first, ...rest] = reasons as [DeviceReason, ...DeviceReason[]];
  return { ticks: at - start, reason: inOrder(rest.reduce(merged, first)), ends };
}

/** A disk served blocks given in order as first come, first served, whatever its policy: say so. */
const inOrder = (r: DeviceReason): DeviceReason => (r.kind === 'disk' ? { ...r, policy: 'FIFO', decisions: [] } : r);

/** Two requests' reasons as one: their counts added, the first blocks in order, the first words kept. */
function merged(a: DeviceReason, b: DeviceReason): DeviceReason {
  if (a.kind === 'disk' && b.kind === 'disk')
    return {
      ...a,
      blocks: a.blocks + b.blocks,
      order: [...a.order, ...b.order].slice(0, DEVICE_ORDER_SHOWN),
      seek: a.seek + b.seek,
      rotate: a.rotate + b.rotate,
      transfer: a.transfer + b.transfer,
    };
  if (a.kind === 'ssd' && b.kind === 'ssd')
    return {
      kind: 'ssd',
      reads: a.reads + b.reads,
      unmapped: a.unmapped + b.unmapped,
      programs: a.programs + b.programs,
      erases: a.erases + b.erases,
      copies: a.copies + b.copies,
      gcPasses: a.gcPasses + b.gcPasses,
      failed: a.failed + b.failed,
      retired: a.retired + b.retired,
      first: a.first ?? b.first,
    };
  if (a.kind === 'raid' && b.kind === 'raid')
    return {
      ...a,
      perDisk: a.perDisk.map((n, i) => n + (b.perDisk[i] ?? 0)),
      degraded: a.degraded + b.degraded,
      lost: a.lost + b.lost,
      rebuilt: a.rebuilt + b.rebuilt,
      whole: a.whole || b.whole,
      why: a.why ?? b.why,
      ...((a.rebuild ?? b.rebuild) && { rebuild: mergedRebuild(a.rebuild, b.rebuild) }),
    };
  throw new Error(`internal: one device served as a ${a.kind} and a ${b.kind}`);
}

type Spell = NonNullable<Extract<DeviceReason, { kind: 'raid' }>['rebuild']>;

/** Two requests' rebuild steps as one: the steps and ticks added, the first steps shown. */
function mergedRebuild(a: Spell | undefined, b: Spell | undefined): Spell {
  if (a === undefined || b === undefined) return (a ?? b) as Spell;
  return {
    steps: a.steps + b.steps,
    read: a.read + b.read,
    write: a.write + b.write,
    shown: [...a.shown, ...b.shown].slice(0, REBUILD_STEPS_SHOWN),
    waited: a.waited + b.waited,
    ...((a.stopped ?? b.stopped) !== undefined && { stopped: a.stopped ?? b.stopped }),
  };
}
