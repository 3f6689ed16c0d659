import type { DiskDecision } from '../../storage/disk/diskTypes';
import type { DiskQueuePick } from './diskQueue';
import type { SsdDecision } from '../../storage/ssd/ssdTypes';
import { wearSpread } from '../../storage/ssd/ssdWear';
import type { DeviceConfig, DiskDeviceConfig } from './deviceConfig';
import { createDiskRun, diskCapacity, nodeDiskConfig, serveDiskBatch, type DiskRunState } from './nodeDisk';
import { createSsdRun, serveSsdBatch, type SsdRunState } from './nodeSsd';
import {
  createRaidRun,
  raidFigures,
  serveRaidBatch,
  type RaidBatch,
  type RaidFigures,
  type RaidRunState,
} from './nodeRaid';
import { capacity } from '../../storage/raid/raidArray';
import type { StripeNote } from '../../storage/raid/raidStripeWrite';
import type { RaidLevel } from '../../storage/raid/raidTypes';

/**
 * The blocks one request of the file system moves, by number, in the order it knows them: those it reads from the
 * device (cache misses) and those it writes (written through, evicted dirty, synced). The device's addresses are
 * the file system's data blocks, and after them the ledger's region.
 */
export interface DeviceIo {
  reads: readonly number[];
  writes: readonly number[];
}

export const noIo: DeviceIo = Object.freeze({ reads: Object.freeze([]), writes: Object.freeze([]) });

/** A device other than the simple one, with what it has done: plain data, copied at checkpoints. */
export type DeviceRun = (DiskRunState | SsdRunState | RaidRunState) & { counts: DeviceCounts };

export interface DeviceCounts {
  requests: number;
  blocks: number;
  /** blocks written (of `blocks`): what a crash keeps only as far as it had landed (landedDevice.ts) */
  writes: number;
  busyTicks: number;
  /** the ledger's next block in its region (a ring from the file system's last block to the device's end) */
  ledgerNext: number;
  capacity: number;
}

/** Why the device took the time it did, typed; deviceExplain.ts puts it in words. */
export type DeviceReason =
  | {
      kind: 'disk';
      policy: DiskDeviceConfig['policy'];
      blocks: number;
      /** the first blocks in the order the policy served them (at most DEVICE_ORDER_SHOWN) */
      order: number[];
      seek: number;
      rotate: number;
      transfer: number;
      decisions: DiskDecision[];
      /** the request waited in the disk's queue with others and the policy picked it among them (diskQueue.ts) */
      pick?: DiskQueuePick;
      /** the disk's tracks when not OSTEP's three (the words name tracks by number then) */
      tracks?: number;
    }
  | {
      kind: 'ssd';
      reads: number;
      unmapped: number;
      programs: number;
      erases: number;
      copies: number;
      gcPasses: number;
      failed: number;
      retired: number;
      first: SsdDecision | null;
    }
  | {
      kind: 'raid';
      level: RaidLevel;
      /** the I/Os each member did for the request */
      perDisk: number[];
      degraded: number;
      lost: number;
      rebuilt: number;
      whole: boolean;
      why: string | null;
      /** RAID 4/5: the stripes the request wrote several blocks of, each whole or by the fewer reads */
      stripes?: StripeNote[];
      /** disk or SSD members: the rebuild's steps before the request and what each cost (memberRebuild.ts) */
      rebuild?: RaidBatch['rebuild'];
    };

export const DEVICE_ORDER_SHOWN = 12;

/** The device's figures for the run's result and the Files view. */
export type DeviceResult =
  | {
      kind: 'disk';
      requests: number;
      blocks: number;
      busyTicks: number;
      seek: number;
      rotate: number;
      transfer: number;
      track: number;
      /** the disk's tracks when not OSTEP's three */
      tracks?: number;
    }
  | {
      kind: 'ssd';
      requests: number;
      blocks: number;
      busyTicks: number;
      hostWrites: number;
      programs: number;
      erases: number;
      reads: number;
      gcPasses: number;
      /** programs per host write, to two decimals (rounded half up); null before the first write */
      writeAmplification: number | null;
      wearMin: number;
      wearMax: number;
      retired: number;
      failedWrites: number;
    }
  | ({ kind: 'raid'; requests: number; blocks: number; busyTicks: number } & RaidFigures);

/** How many blocks the device holds for the file system and the ledger: the disk's blocks, the SSD's logical pages. */
export function deviceCapacity(c: DeviceConfig, fsBlocks: number): number | string {
  if (c.kind === 'disk') {
    const disk = nodeDiskConfig(c);
    return typeof disk === 'string' ? disk : diskCapacity(disk);
  }
  return fsBlocks;
}

/** The device's run for the scenario's config; null for the simple device, which keeps its own two numbers. */
export function createDeviceRun(c: DeviceConfig, fsBlocks: number): DeviceRun | null {
  const counts = { requests: 0, blocks: 0, writes: 0, busyTicks: 0, ledgerNext: 0, capacity: fsBlocks };
  if (c.kind === 'disk') {
    const disk = nodeDiskConfig(c);
    if (typeof disk === 'string') throw new Error(`fs.device: ${disk}`);
    return { ...createDiskRun(disk), counts: { ...counts, capacity: diskCapacity(disk) } };
  }
  if (c.kind === 'ssd') return { ...createSsdRun(c, fsBlocks), counts };
  if (c.kind === 'raid') {
    const raid = createRaidRun(c, fsBlocks);
    return { ...raid, counts: { ...counts, capacity: capacity(raid.array) } };
  }
  return null;
}

/** The device addresses of the ledger's next `n` blocks: its region after the file system's, round to the start. */
export function ledgerAddresses(d: DeviceRun, fsBlocks: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((fsBlocks + d.counts.ledgerNext++) % d.counts.capacity);
  return out;
}

/**
 * Serves `io` from tick `start`: the ticks it takes and why. `ends`: when each block landed, a disk's in the order it
 * served them (`order`: their places in `[...reads, ...writes]`), an SSD's reads then writes; a RAID's request lands
 * whole at its end (its members write a stripe's data and parity together).
 */
export function serveOnDevice(
  d: DeviceRun,
  start: number,
  io: DeviceIo,
): { ticks: number; reason: DeviceReason; ends?: number[]; order?: number[] } {
  d.counts.requests++;
  d.counts.blocks += io.reads.length + io.writes.length;
  d.counts.writes += io.writes.length;
  if (d.kind === 'disk') {
    const batch = serveDiskBatch(d, start, [...io.reads, ...io.writes]);
    if (typeof batch === 'string') throw new Error(`the node's disk: ${batch}`);
    d.counts.busyTicks += batch.totals.total;
    const { seek, rotate, transfer } = batch.totals;
    let at = start;
    const tracks = d.config.layout.trackEnds.length;
    return {
      ends: batch.times.map((t) => (at += t.total)),
      order: placesOf([...io.reads, ...io.writes], batch.order),
      ticks: batch.totals.total,
      reason: {
        kind: 'disk',
        policy: d.config.policy,
        blocks: batch.order.length,
        order: batch.order.slice(0, DEVICE_ORDER_SHOWN),
        seek,
        rotate,
        transfer,
        decisions: batch.decisions,
        ...(tracks !== 3 && { tracks }),
      },
    };
  }
  if (d.kind === 'raid') {
    const { ticks, ...done } = serveRaidBatch(d, start, io.reads, io.writes);
    d.counts.busyTicks += ticks;
    return { ticks, reason: { kind: 'raid', level: d.array.config.level, ...done } };
  }
  const { ticks, ends, ...counts } = serveSsdBatch(d, io.reads, io.writes);
  d.counts.busyTicks += ticks;
  return { ticks, reason: { kind: 'ssd', ...counts }, ends: ends.map((t) => start + t) };
}

/** Where each served block stands in the request's list (a block listed twice: its first place not yet taken). */
function placesOf(listed: readonly number[], served: readonly number[]): number[] {
  const free = new Map<number, number[]>();
  listed.forEach((b, i) => {
    const at = free.get(b);
    if (at) at.push(i);
    else free.set(b, [i]);
  });
  return served.map((b) => free.get(b)?.shift() ?? -1);
}

/** Programs per host write in hundredths, rounded half up: the one place the ratio is made. */
const perHundred = (n: number, d: number): number => Math.round((100 * n) / d) / 100;

export function deviceResult(d: DeviceRun): DeviceResult {
  const { requests, blocks, busyTicks } = d.counts;
  if (d.kind === 'disk') {
    const { seek, rotate, transfer } = d.totals;
    const tracks = d.config.layout.trackEnds.length;
    const track = d.head.track;
    return {
      kind: 'disk',
      requests,
      blocks,
      busyTicks,
      seek,
      rotate,
      transfer,
      track,
      ...(tracks !== 3 && { tracks }),
    };
  }
  if (d.kind === 'raid') return { kind: 'raid', requests, blocks, busyTicks, ...raidFigures(d, busyTicks) };
  const s = d.ssd;
  const wear = wearSpread(s);
  return {
    kind: 'ssd',
    requests,
    blocks,
    busyTicks,
    hostWrites: s.hostWrites,
    programs: s.writeSum,
    erases: s.eraseSum,
    reads: s.readSum,
    gcPasses: s.gcCount,
    writeAmplification: s.hostWrites > 0 ? perHundred(s.writeSum, s.hostWrites) : null,
    wearMin: wear.least,
    wearMax: wear.most,
    retired: s.retired.filter(Boolean).length,
    failedWrites: s.logical.writeFails,
  };
}
