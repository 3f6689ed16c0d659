import { capacity, failDisk, newArray, readBlock, writeBlock, type RaidArray } from '../../storage/raid/raidArray';
import { rebuildStep, startRebuild } from '../../storage/raid/raidRebuild';
import type { RaidIo } from '../../storage/raid/raidTypes';
import type { RaidDeviceConfig } from './deviceConfig';

/**
 * A RAID of simple member disks beneath the file system (storage/raid/): each logical block read or written
 * becomes its member I/Os, around failed members; the members work in parallel, each taking `requestTicks` plus
 * `blockTicks` an I/O for its share of a request. A block's content is the number of the write that put it there,
 * so a read can tell the file system's last write from anything else.
 */
export interface RaidRunState {
  kind: 'raid';
  array: RaidArray;
  member: { requestTicks: number; blockTicks: number };
  /** logical block -> the write that last put it there (0: never written) */
  truth: number[];
  writes: number;
  /** each member's I/Os so far */
  ios: { reads: number; writes: number }[];
  degradedReads: number;
  /** reads that found no copy (every copy, or too much of the row, gone) or not the last write */
  lostReads: number;
  /** the spare being rebuilt in the members' idle time: from when it was last advanced */
  rebuildAt: number;
  rebuilt: number;
}

/** What one request did on the members. */
export interface RaidBatch {
  perDisk: number[];
  degraded: number;
  lost: number;
  /** offsets of the spare rebuilt in the idle time before the request, and whether it is whole again */
  rebuilt: number;
  whole: boolean;
  ticks: number;
  /** the first degraded access's words, for the narration */
  why: string | null;
}

/** Members' blocks: the logical blocks over the disks holding data, in whole chunks. */
export function raidBlocksPerDisk(c: RaidDeviceConfig, logical: number): number {
  const data = c.level === 0 ? c.disks : c.level === 1 ? c.disks / 2 : c.disks - 1;
  return Math.ceil(Math.ceil(logical / data) / c.chunk) * c.chunk;
}

export function createRaidRun(c: RaidDeviceConfig, logical: number): RaidRunState {
  const array = newArray(
    { level: c.level, disks: c.disks, chunk: c.chunk, layout: c.layout },
    raidBlocksPerDisk(c, logical),
  );
  return {
    kind: 'raid',
    array,
    member: { requestTicks: c.member.requestTicks, blockTicks: c.member.blockTicks },
    truth: Array.from({ length: capacity(array) }, () => 0),
    writes: 0,
    ios: Array.from({ length: c.disks }, () => ({ reads: 0, writes: 0 })),
    degradedReads: 0,
    lostReads: 0,
    rebuildAt: 0,
    rebuilt: 0,
  };
}

function count(d: RaidRunState, ios: readonly RaidIo[], perDisk: number[]): void {
  for (const io of ios) {
    perDisk[io.disk] = (perDisk[io.disk] as number) + 1;
    const m = d.ios[io.disk] as { reads: number; writes: number };
    if (io.op === 'read') m.reads++;
    else m.writes++;
  }
}

/** The rebuild goes on in the members' idle time, an offset every `blockTicks` (all at once when that is 0). */
function advanceRebuild(d: RaidRunState, now: number): { rebuilt: number; whole: boolean } {
  if (!d.array.state.some((s) => s.kind === 'rebuilding')) return { rebuilt: 0, whole: false };
  const idle = Math.max(0, now - d.rebuildAt);
  const n = d.member.blockTicks === 0 ? d.array.blocksPerDisk : Math.floor(idle / d.member.blockTicks);
  d.rebuildAt += d.member.blockTicks === 0 ? idle : n * d.member.blockTicks;
  const step = n > 0 ? rebuildStep(d.array, n) : undefined;
  const rebuilt = step ? step.to - step.from : 0;
  d.rebuilt += rebuilt;
  return { rebuilt, whole: step?.stopped?.endsWith('whole again') === true };
}

/** Serves `reads` then `writes` (logical blocks) from tick `start`. */
export function serveRaidBatch(
  d: RaidRunState,
  start: number,
  reads: readonly number[],
  writes: readonly number[],
): RaidBatch {
  const rebuild = advanceRebuild(d, start);
  const perDisk = d.ios.map(() => 0);
  let degraded = 0;
  let lost = 0;
  let why: string | null = null;
  for (const b of reads) {
    const r = readBlock(d.array, b);
    count(d, r.ios, perDisk);
    if (r.how === 'reconstructed' || r.how === 'mirror') degraded++;
    if (r.how === 'lost' || r.value !== d.truth[b]) lost++;
    if (r.how !== 'direct') why ??= r.why;
  }
  for (const b of writes) {
    const value = ++d.writes;
    const w = writeBlock(d.array, b, value);
    count(d, w.ios, perDisk);
    if (w.how !== 'lost') d.truth[b] = value;
    if (w.how !== 'direct') why ??= w.why;
  }
  d.degradedReads += degraded;
  d.lostReads += lost;
  const { requestTicks, blockTicks } = d.member;
  const ticks = Math.max(0, ...perDisk.map((n) => (n === 0 ? 0 : requestTicks + n * blockTicks)));
  // The spare's rebuild waits while the members serve the request.
  d.rebuildAt = Math.max(d.rebuildAt, start + ticks);
  return { perDisk, degraded, lost, rebuilt: rebuild.rebuilt, whole: rebuild.whole, ticks, why };
}

/** A member fails now (a scenario's fail): what it held is gone until a spare is rebuilt. Or why not. */
export function failMember(d: RaidRunState, disk: number): string | null {
  if (!Number.isInteger(disk) || disk < 0 || disk >= d.array.config.disks)
    return `the RAID has disks 0 to ${d.array.config.disks - 1}, not ${disk}`;
  if (d.array.state[disk]?.kind === 'failed') return `disk ${disk} has already failed`;
  failDisk(d.array, disk);
  return null;
}

/** A spare takes a failed member's place (a scenario's rebuild), rebuilt in the members' idle time from now. */
export function rebuildMember(d: RaidRunState, disk: number, now: number): string | null {
  if (!Number.isInteger(disk) || disk < 0 || disk >= d.array.config.disks)
    return `the RAID has disks 0 to ${d.array.config.disks - 1}, not ${disk}`;
  if (d.array.state.some((s) => s.kind === 'rebuilding')) return 'a spare is already being rebuilt';
  const refused = startRebuild(d.array, disk);
  if (refused) return refused;
  d.rebuildAt = now;
  return null;
}
