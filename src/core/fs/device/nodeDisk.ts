import { armXOver, trackAngles, tracksLayout } from '../../storage/disk/diskLayout';
import { createDisk, runDisk } from '../../storage/disk/diskRun';
import type { DiskConfig, DiskDecision, DiskLayout, DiskState, DiskTimes } from '../../storage/disk/diskTypes';
import type { DiskDeviceConfig } from './deviceConfig';

/** Where the disk's head and platter are between batches: what the next batch starts from. */
export interface DiskHead {
  track: number;
  /** degrees the platter has turned, as disk.py keeps it (back to 0 on reaching 360) */
  angle: number;
  /** the SCAN family's sweep carries on where it was */
  direction: 1 | -1;
}

export interface DiskRunState {
  kind: 'disk';
  config: DiskConfig;
  head: DiskHead;
  /** the tick the head was last left at `head` */
  at: number;
  totals: DiskTimes;
  /** requests that have waited in the disk's queue so far: the next one's number (diskQueue.ts) */
  queued: number;
  /** BSATF across requests: the requests numbered below this form the batch being served */
  batchEnd: number;
}

/** One batch served: the blocks in the order the policy took them, each one's times, and the first choice's why. */
export interface DiskBatch {
  order: number[];
  times: DiskTimes[];
  totals: DiskTimes;
  /** the policy's first and last choices (a batch's narration names them, not every one) */
  decisions: DiskDecision[];
}

/** The disk's layout from the scenario's geometry, or why not (the schema's limits make this rare). */
export function nodeDiskConfig(c: DiskDeviceConfig): DiskConfig | string {
  const zones = c.sectorAngles.length;
  const tracks = c.tracks ?? zones;
  if (zones < 1 || tracks % zones !== 0)
    return `fs.device.tracks (${tracks}) must be a whole number of fs.device.sectorAngles' ${zones} zones (each zone the same number of tracks)`;
  const layout: DiskLayout = tracksLayout(trackAngles(c.sectorAngles, tracks), c.skew);
  return { layout, seekSpeed: c.seekSpeed, rotateSpeed: c.rotateSpeed, policy: c.policy, window: c.window };
}

export const diskCapacity = (c: DiskConfig): number => c.layout.blocks.length;

/** A disk at rest over its outer track, as disk.py starts one. */
export function createDiskRun(config: DiskConfig): DiskRunState {
  return {
    kind: 'disk',
    config,
    head: { track: 0, angle: 0, direction: 1 },
    at: 0,
    totals: { seek: 0, rotate: 0, transfer: 0, total: 0 },
    queued: 0,
    batchEnd: 0,
  };
}

/**
 * The platter's angle after `n` idle ticks from `angle`, turning `r` degrees a tick and put back to 0 on reaching
 * 360 as disk.py does (so not `angle + n·r mod 360` when r does not divide 360).
 */
export function turned(angle: number, r: number, n: number): number {
  const toZero = Math.ceil((360 - angle) / r);
  if (n < toZero) return angle + n * r;
  return ((n - toZero) % Math.ceil(360 / r)) * r;
}

/** A disk with `blocks` queued and its head where the node's disk left it, the platter turned idle until `start`. */
export function diskAt(d: DiskRunState, start: number, blocks: readonly number[]): DiskState {
  const st = createDisk(d.config, blocks, []);
  const x = armXOver(d.head.track);
  st.angle = turned(d.head.angle, d.config.rotateSpeed, Math.max(0, start - d.at));
  st.direction = d.head.direction;
  st.arm = { ...st.arm, x, targetX: x, track: d.head.track };
  st.keepDecisions = 'ends';
  return st;
}

/**
 * Serves `blocks` (the disk's block numbers) as one batch from tick `start`: the head turned idle since it was
 * last left, the policy picks among the batch's requests as disk.py's would among its queue, each request's seek,
 * rotation and transfer counted in ticks. Returns the batch, or why the disk cannot serve it.
 */
export function serveDiskBatch(d: DiskRunState, start: number, blocks: readonly number[]): DiskBatch | string {
  const ran = runDisk(d.config, blocks, [], diskAt(d, start, blocks));
  if (typeof ran === 'string') return ran;
  d.head = { track: ran.arm.track, angle: ran.angle, direction: ran.direction };
  d.at = start + ran.tick;
  const totals = { ...ran.totals, total: ran.tick };
  d.totals.seek += totals.seek;
  d.totals.rotate += totals.rotate;
  d.totals.transfer += totals.transfer;
  d.totals.total += totals.total;
  const first = ran.decisions[0];
  const last = ran.decisions[ran.decisions.length - 1];
  return {
    order: ran.log.map((s) => s.block),
    times: ran.log.map(({ seek, rotate, transfer, total }) => ({ seek, rotate, transfer, total })),
    totals,
    decisions: first === undefined ? [] : last === first || last === undefined ? [first] : [first, last],
  };
}
