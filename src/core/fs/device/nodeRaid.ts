import { capacity, failDisk, newArray, readBlock, writeBlock, type RaidArray } from '../../storage/raid/raidArray';
import { blocksInStripe } from '../../storage/raid/raidMap';
import { rebuildStep, startRebuild } from '../../storage/raid/raidRebuild';
import { stripeOf, writeStripe, type StripeNote, type StripeWriteHow } from '../../storage/raid/raidStripeWrite';
import type { RaidIo, RaidLevel } from '../../storage/raid/raidTypes';
import type { RaidDeviceConfig, RaidMemberConfig } from './deviceConfig';
import { rebuildThroughMembers, type RebuildSpell, type RebuildWork } from './memberRebuild';
import { createMembers, rebuildTicksOf, serveMembers, type RaidMemberRun } from './raidMembers';

/**
 * A RAID beneath the file system (storage/raid/): each logical block read or written becomes its member I/Os,
 * around failed members; RAID 4/5 writes several blocks of one stripe together, whole (no read) or by whichever of
 * read-modify-write and reconstruct-write reads less. The members work in parallel, each through its own queue
 * (raidMembers.ts): a request takes as long as its slowest member. A block's content is the number of the write that
 * put it there, so a read can tell the file system's last write from anything else.
 */
export interface RaidRunState {
  kind: 'raid';
  array: RaidArray;
  members: RaidMemberRun[];
  /** what each member is, for a spare taking a failed one's place */
  member: RaidMemberConfig;
  /**
   * ticks of the members' idle time a spare of simple members is rebuilt an offset (0: at once); null: disks or SSDs,
   * each offset read and written through the members' own devices (memberRebuild.ts)
   */
  rebuildTicks: number | null;
  /** the offsets rebuilt through the members so far and the ticks they took */
  rebuildWork: RebuildWork;
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
  /** RAID 4/5: stripes written, by how (a lone block's small write is a read-modify-write) */
  stripeWrites: Record<StripeWriteHow | 'degraded', number>;
  /** the last request's member I/Os, and how it wrote each stripe of several blocks */
  last: { reads: number; writes: number; stripes: StripeNote[] } | null;
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
  /** RAID 4/5: the stripes the request wrote several blocks of (absent when none, so the event reads as before) */
  stripes?: StripeNote[];
  /** disk or SSD members: the rebuild's steps before the request, what they cost, and the request's wait for one */
  rebuild?: Omit<RebuildSpell, 'whole'>;
}

/** The RAID's figures for the run's result and the device panel (beside the requests, blocks and busy ticks). */
export interface RaidFigures {
  level: RaidLevel;
  /**
   * each member: its state, the I/Os it did, the ticks it worked and that as a percentage of the RAID's busy ticks
   * (rounded half up; null before the RAID was busy)
   */
  members: {
    state: 'ok' | 'failed' | 'rebuilding';
    reads: number;
    writes: number;
    busyTicks: number;
    utilisation: number | null;
  }[];
  degradedReads: number;
  lostReads: number;
  /** offsets of spares rebuilt so far, and of the one being rebuilt (null: none) out of a member's blocks */
  rebuilt: number;
  rebuilding: { disk: number; done: number; of: number } | null;
  /**
   * disk or SSD members: the offsets rebuilt through them and their ticks, the rows' reads (each the slowest member's)
   * and the spare's writes; the rebuild's time is their sum
   */
  rebuildWork?: RebuildWork & { ticks: number };
  /** RAID 4/5: stripes written, by how */
  stripeWrites: { full: number; reconstruct: number; readModifyWrite: number; degraded: number };
  /** the last request's member reads and writes, and its stripes of several blocks (null: none yet) */
  lastRequest: RaidRunState['last'];
}

export function raidFigures(d: RaidRunState, busyTicks: number): RaidFigures {
  const a = d.array;
  const at = a.state.findIndex((s) => s.kind === 'rebuilding');
  const s = a.state[at];
  const w = d.stripeWrites;
  return {
    level: a.config.level,
    members: a.state.map((m, i) => {
      const busy = d.members[i]?.busyTicks ?? 0;
      return {
        state: m.kind,
        ...(d.ios[i] as { reads: number; writes: number }),
        busyTicks: busy,
        utilisation: busyTicks > 0 ? Math.round((100 * busy) / busyTicks) : null,
      };
    }),
    degradedReads: d.degradedReads,
    lostReads: d.lostReads,
    rebuilt: d.rebuilt,
    rebuilding: s?.kind === 'rebuilding' ? { disk: at, done: s.done, of: a.blocksPerDisk } : null,
    ...(d.rebuildTicks === null && {
      rebuildWork: { ...d.rebuildWork, ticks: d.rebuildWork.read + d.rebuildWork.write },
    }),
    stripeWrites: {
      full: w.full,
      reconstruct: w.reconstruct,
      readModifyWrite: w['read-modify-write'],
      degraded: w.degraded,
    },
    lastRequest: d.last,
  };
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
    members: createMembers(c.member, c.disks, array.blocksPerDisk),
    member: c.member,
    rebuildTicks: rebuildTicksOf(c.member),
    rebuildWork: { steps: 0, read: 0, write: 0 },
    truth: Array.from({ length: capacity(array) }, () => 0),
    writes: 0,
    ios: Array.from({ length: c.disks }, () => ({ reads: 0, writes: 0 })),
    degradedReads: 0,
    lostReads: 0,
    rebuildAt: 0,
    rebuilt: 0,
    stripeWrites: { full: 0, reconstruct: 0, 'read-modify-write': 0, degraded: 0 },
    last: null,
  };
}

function count(d: RaidRunState, ios: readonly RaidIo[], perDisk: number[], all: RaidIo[]): void {
  for (const io of ios) {
    all.push(io);
    perDisk[io.disk] = (perDisk[io.disk] as number) + 1;
    const m = d.ios[io.disk] as { reads: number; writes: number };
    if (io.op === 'read') m.reads++;
    else m.writes++;
  }
}

/** The rebuild goes on in the members' idle time, an offset every `rebuildTicks` (all at once when that is 0). */
function advanceRebuild(
  d: RaidRunState,
  now: number,
): { rebuilt: number; whole: boolean; spell?: Omit<RebuildSpell, 'whole'> } {
  if (!d.array.state.some((s) => s.kind === 'rebuilding')) return { rebuilt: 0, whole: false };
  if (d.rebuildTicks === null) {
    const { whole, ...spell } = rebuildThroughMembers(d, now);
    return { rebuilt: spell.steps, whole, spell };
  }
  const idle = Math.max(0, now - d.rebuildAt);
  const n = d.rebuildTicks === 0 ? d.array.blocksPerDisk : Math.floor(idle / d.rebuildTicks);
  d.rebuildAt += d.rebuildTicks === 0 ? idle : n * d.rebuildTicks;
  const step = n > 0 ? rebuildStep(d.array, n) : undefined;
  const rebuilt = step ? step.to - step.from : 0;
  d.rebuilt += rebuilt;
  return { rebuilt, whole: step?.stopped?.endsWith('whole again') === true };
}

/**
 * The request's writes in groups written together: on RAID 4/5 the blocks of each stripe, stripes in the order first
 * met; on RAID 0/1 each block alone.
 */
function writeGroups(a: RaidArray, writes: readonly number[]): number[][] {
  if (a.config.level < 4) return writes.map((b) => [b]);
  const groups = new Map<number, number[]>();
  for (const b of writes) {
    const s = stripeOf(a, b);
    const group = groups.get(s);
    if (group) group.push(b);
    else groups.set(s, [b]);
  }
  return [...groups.values()];
}

/** Blocks one by one around failed members (on RAID 4/5 each a small write): their I/Os; why, where not direct. */
function writeEach(
  d: RaidRunState,
  values: Iterable<readonly [number, number]>,
): { ios: RaidIo[]; why: string | null; small: number } {
  const ios: RaidIo[] = [];
  let why: string | null = null;
  let small = 0;
  for (const [b, value] of values) {
    const w = writeBlock(d.array, b, value);
    if (w.how !== 'lost') d.truth[b] = value;
    ios.push(...w.ios);
    if (w.how !== 'direct') why ??= w.why;
    // with its parity member down a block is written alone, read nothing: no read-modify-write
    else if (w.ios.some((io) => io.op === 'read')) small++;
  }
  return { ios, why, small };
}

/**
 * Writes one group (writeGroups): a stripe of several blocks at once where the members it needs are up, else
 * block by block. A lone block (perhaps written twice) is a small write, as it always was.
 */
function writeGroup(
  d: RaidRunState,
  group: readonly number[],
): { ios: RaidIo[]; why: string | null; note?: StripeNote } {
  const values = group.map((b) => [b, ++d.writes] as const);
  const last = new Map(values);
  if (last.size === 1) {
    const { ios, why, small } = writeEach(d, values);
    if (d.array.config.level >= 4) {
      d.stripeWrites['read-modify-write'] += small;
      d.stripeWrites.degraded += values.length - small;
    }
    return { ios, why };
  }
  const stripe = stripeOf(d.array, group[0] as number);
  const whole = writeStripe(d.array, stripe, last);
  if (whole) {
    for (const [b, value] of last) d.truth[b] = value;
    d.stripeWrites[whole.how]++;
    const { ios, ...note } = whole;
    return { ios, why: null, note };
  }
  const { ios, why } = writeEach(d, last);
  d.stripeWrites.degraded++;
  const reads = ios.filter((io) => io.op === 'read').length;
  const of = blocksInStripe(d.array.config);
  return {
    ios,
    why,
    note: { stripe, how: 'degraded', written: last.size, of, reads, writes: ios.length - reads, otherReads: 0 },
  };
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
  const all: RaidIo[] = [];
  let degraded = 0;
  let lost = 0;
  let why: string | null = null;
  for (const b of reads) {
    const r = readBlock(d.array, b);
    count(d, r.ios, perDisk, all);
    if (r.how === 'reconstructed' || r.how === 'mirror') degraded++;
    if (r.how === 'lost' || r.value !== d.truth[b]) lost++;
    if (r.how !== 'direct') why ??= r.why;
  }
  const stripes: StripeNote[] = [];
  for (const group of writeGroups(d.array, writes)) {
    const w = writeGroup(d, group);
    count(d, w.ios, perDisk, all);
    why ??= w.why;
    if (w.note) stripes.push(w.note);
  }
  d.degradedReads += degraded;
  d.lostReads += lost;
  // A rebuild step under way when the request came finishes first: the request waits for it.
  const waited = rebuild.spell?.waited ?? 0;
  const ticks = waited + Math.max(0, ...serveMembers(d.members, start + waited, all));
  // The spare's rebuild waits while the members serve the request.
  d.rebuildAt = Math.max(d.rebuildAt, start + ticks);
  const memberReads = all.filter((io) => io.op === 'read').length;
  d.last = { reads: memberReads, writes: all.length - memberReads, stripes };
  return {
    perDisk,
    degraded,
    lost,
    rebuilt: rebuild.rebuilt,
    whole: rebuild.whole,
    ticks,
    why,
    ...(stripes.length > 0 && { stripes }),
    ...(rebuild.spell && (rebuild.spell.steps > 0 || rebuild.spell.stopped) && { rebuild: rebuild.spell }),
  };
}

/**
 * A member fails at `now` (a scenario's fail): what it held is gone until a spare is rebuilt. Or why not. A spare's
 * rebuild has gone on in the idle time until then: what it had rebuilt is kept.
 */
export function failMember(d: RaidRunState, disk: number, now: number): string | null {
  if (!Number.isInteger(disk) || disk < 0 || disk >= d.array.config.disks)
    return `the RAID has disks 0 to ${d.array.config.disks - 1}, not ${disk}`;
  if (d.array.state[disk]?.kind === 'failed') return `disk ${disk} has already failed`;
  advanceRebuild(d, now);
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
  // The spare is a new drive: a disk at rest, an SSD erased and unworn (its slot's busy time goes on being counted).
  const [spare] = createMembers(d.member, 1, d.array.blocksPerDisk) as [RaidMemberRun];
  spare.busyTicks = (d.members[disk] as RaidMemberRun).busyTicks;
  d.members[disk] = spare;
  return null;
}
