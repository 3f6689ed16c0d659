import { rebuildStep } from '../../storage/raid/raidRebuild';
import type { RaidIo } from '../../storage/raid/raidTypes';
import { serveMembers, type RaidMemberRun } from './raidMembers';

/** What one offset of the rebuild cost: the row's reads in parallel (the slowest member's time), then the spare's write. */
export interface RebuildStepCost {
  offset: number;
  read: number;
  write: number;
}

/** The rebuild's work so far: offsets rebuilt through the members and the ticks they took (read + write). */
export interface RebuildWork {
  steps: number;
  read: number;
  write: number;
}

/** The rebuild done in the idle time before one request: its steps (the first few shown) and their ticks. */
export interface RebuildSpell extends RebuildWork {
  shown: RebuildStepCost[];
  /** ticks the request waited for the step under way when it came */
  waited: number;
  whole: boolean;
  /** why the rebuild stopped short: a source down too */
  stopped?: string;
}

export const REBUILD_STEPS_SHOWN = 4;

/** What a member-level rebuild reads and writes, and where it stands: nodeRaid.ts's RaidRunState's part. */
export interface MemberRebuildState {
  array: Parameters<typeof rebuildStep>[0];
  members: RaidMemberRun[];
  ios: { reads: number; writes: number }[];
  /** the tick the rebuild's next step may begin: when its last ended, or the members' last request */
  rebuildAt: number;
  rebuilt: number;
  rebuildWork: RebuildWork;
}

function countIos(d: MemberRebuildState, ios: readonly RaidIo[]): void {
  for (const io of ios) {
    const m = d.ios[io.disk] as { reads: number; writes: number };
    if (io.op === 'read') m.reads++;
    else m.writes++;
  }
}

/**
 * The spare of a RAID of disks or SSDs rebuilt through the members' own devices, an offset at a time in the
 * members' idle time before tick `now`: each offset's sources (the mirror, or the rest of the row) read in parallel
 * from wherever each member's head was left (a disk's seek, rotation and transfer; an SSD's page read through its
 * FTL), then the spare's block written (the disk's own time from where its head is; the SSD's program, its garbage
 * collection and wear). A step begun before `now` is finished: the request that came meanwhile waits for it.
 */
export function rebuildThroughMembers(d: MemberRebuildState, now: number): RebuildSpell {
  const spell: RebuildSpell = { steps: 0, read: 0, write: 0, shown: [], waited: 0, whole: false };
  while (d.rebuildAt < now) {
    const step = rebuildStep(d.array, 1);
    if (step === undefined) break;
    if (step.to === step.from) {
      if (step.stopped !== undefined) spell.stopped = step.stopped;
      break;
    }
    const reads = step.ios.filter((io) => io.op === 'read');
    const writes = step.ios.filter((io) => io.op === 'write');
    countIos(d, step.ios);
    const read = Math.max(0, ...serveMembers(d.members, d.rebuildAt, reads));
    const write = Math.max(0, ...serveMembers(d.members, d.rebuildAt + read, writes));
    d.rebuildAt += read + write;
    d.rebuilt++;
    spell.steps++;
    spell.read += read;
    spell.write += write;
    if (spell.shown.length < REBUILD_STEPS_SHOWN) spell.shown.push({ offset: step.from, read, write });
    if (step.stopped?.endsWith('whole again')) {
      spell.whole = true;
      break;
    }
  }
  d.rebuildWork.steps += spell.steps;
  d.rebuildWork.read += spell.read;
  d.rebuildWork.write += spell.write;
  spell.waited = Math.max(0, d.rebuildAt - now);
  return spell;
}
