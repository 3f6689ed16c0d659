import { deviceBound } from '../device/deviceConfig';
import { deepCopy } from '../../deepCopy';
import type { SimState } from '../../kernel/state';
import type { FsConfig } from '../config';
import { sameContent, sameInode } from '../crash/blockImage';
import { diskLayout, type DiskLayout } from '../crash/diskLayout';
import type { JournalMode } from '../crash/journalMode';
import { planSteps, stampWritten, type CrashPlan, type PlanStep, type StepResult } from '../crash/planWrites';
import type { FsOp } from '../fsOp';
import { flushAll } from '../pageCache';
import type { FsState } from '../types';
import { queueOnDevice } from './fileRequests';
import { commitIo } from './journalOnDevice';
import { noIo } from '../device/deviceRun';
import { DEFAULT_COMMIT_TICKS, nodeDiskGeometry } from './journalConfig';
import type { FsRun } from './state';

/** A commit on the device: its block writes in order, the first done `blockTicks` after `first`, the last at `end`. */
export interface Commit {
  /** its plan's place in the track's `plans` */
  plan: number;
  first: number;
  end: number;
  /** on a device that places blocks by number: the tick each of its writes landed, in order */
  landed?: number[];
}

export interface JournalStats {
  commits: number;
  /** block writes the commits issued, and how many of them went into the journal (TxB, logged copies, TxE) */
  blockWrites: number;
  journalBlocks: number;
  crashes: number;
  /** changes the crashes lost: made in memory, not (or not wholly) on disk */
  operationsLost: number;
  /** committed transactions mount replayed from the journal */
  transactionsReplayed: number;
  /** what fsck fixed after crashes: at mount with a journal, and the first fsck after one without */
  fsckFixesAfterCrash: number;
}

/**
 * What the node's disk holds against its picture in memory. Every change of the picture (an operation, a
 * process's write, a descriptor closed at exit) is kept as the picture after it until a commit writes it: each
 * change is then one transaction (or, with no journal, its blocks in place), as crash/planWrites.ts orders the
 * writes for the mode, on the device after the requests ahead of it. Plain data: checkpoints copy it.
 */
export interface DiskTrack {
  mode: JournalMode;
  commitTicks: number;
  layout: DiskLayout;
  /** the picture on disk when the first commit still in `commits` begins (every earlier one has finished) */
  disk: FsState;
  /** commits issued and not yet finished, in the device's order */
  commits: Commit[];
  /**
   * every change so far with the picture after it, and every commit's plan: append-only logs, which checkpoints
   * share instead of copying (kept by length), so the pictures cost their memory once; none is ever changed
   */
  log: PlanStep[];
  plans: CrashPlan[];
  /** where the changes not yet in a commit begin in `log` */
  from: number;
  /** the tick of the first pending change: the next commit is due `commitTicks` after it */
  since: number;
  /** the last crash left problems in a file system with no journal: the first fsck after it counts as its repair */
  needsFsck: boolean;
  /** processes whose device request the last crash lost: their wait ends with EIO */
  lost: { pid: number; kind: 'read' | 'write'; path: string }[];
  stats: JournalStats;
}

/** How many changes a commit's event names (the rest it counts). */
const NAMED = 3;

/** Once this many changes wait, their commit is due at once, or as soon as the one being written ends (jbd2's full transaction). */
export const MAX_COMMIT_CHANGES = 64;

export function createDiskTrack(config: Readonly<FsConfig>, fs: FsState): DiskTrack | null {
  if (config.journal === undefined) return null;
  return {
    mode: config.journal,
    commitTicks: config.commitTicks ?? DEFAULT_COMMIT_TICKS,
    layout: diskLayout(nodeDiskGeometry(config), config.journal !== 'none'),
    disk: deepCopy(fs),
    commits: [],
    log: [],
    plans: [],
    from: 0,
    since: 0,
    needsFsck: false,
    lost: [],
    stats: {
      commits: 0,
      blockWrites: 0,
      journalBlocks: 0,
      crashes: 0,
      operationsLost: 0,
      transactionsReplayed: 0,
      fsckFixesAfterCrash: 0,
    },
  };
}

/** The picture of a plan after its last change. */
export const planEnd = (plan: CrashPlan): FsState => plan.states[plan.states.length - 1] as FsState;

/** The picture the disk will hold once every commit issued has finished. */
export const plannedDisk = (track: DiskTrack): FsState => {
  const last = track.commits[track.commits.length - 1];
  return last ? planEnd(planOf(track, last)) : track.disk;
};

export const planOf = (track: DiskTrack, c: Commit): CrashPlan => track.plans[c.plan] as CrashPlan;

/** The changes not yet in a commit. */
export const pendingOf = (track: DiskTrack): PlanStep[] => track.log.slice(track.from);

/** Commits the device has finished by `now` leave the list: the disk holds their pictures. */
export function settleCommits(track: DiskTrack, now: number): void {
  while (track.commits[0] !== undefined && track.commits[0].end <= now)
    track.disk = planEnd(planOf(track, track.commits.shift() as Commit));
}

/** The changes since the last commit as block writes from the picture the disk will hold (planWrites' order). */
export function planPending(track: DiskTrack): CrashPlan {
  const made = planSteps(track.layout, track.mode, plannedDisk(track), pendingOf(track));
  // nodeDiskGeometry sizes the journal for the largest change: a refusal would be a bug, not bad input.
  if (!made.ok) throw new Error(`internal: a commit cannot be planned: ${made.error.message}`);
  return made.plan;
}

/** The operations that may change what the disk holds (the rest read, or act on the page cache or the ledger). */
const READ_ONLY: ReadonlySet<FsOp['kind']> = new Set(['read', 'seek', 'dup', 'sync', 'verify', 'tamper']);

/**
 * The picture changed (`op` was done): kept, with its new file blocks labelled, until a commit writes it. A change
 * that fills a commit commits at once.
 */
export function recordChange(st: SimState, run: FsRun, op: FsOp | null, text: string, result: StepResult): void {
  const track = run.disk;
  if (track === null || !result.ok || (op !== null && READ_ONLY.has(op.kind))) return;
  const pending = track.log.length - track.from;
  const before = pending > 0 ? (track.log[track.log.length - 1] as PlanStep).after : plannedDisk(track);
  // The new file blocks are labelled with the change that wrote them ("op7.2": change 7 of the run, block 2).
  const n = track.log.length + 1;
  run.fs.inodes.forEach((inode, inum) => {
    if (inode?.kind === 'file') stampWritten(run.fs, before, inum, n);
  });
  if (pending === 0) track.since = st.now;
  track.log.push({ op, text, result, after: snapshot(before, run.fs) });
  settleCommits(track, st.now);
  if (pending + 1 >= MAX_COMMIT_CHANGES && track.commits.length === 0) commitChanges(st, run);
}

/**
 * A copy of the picture `fs` that shares with `before` (a snapshot, never changed) every inode and block that did
 * not change: a change costs a look at each, and memory for what it changed only.
 */
function snapshot(before: FsState, fs: FsState): FsState {
  return {
    ...deepCopy({ ...fs, inodes: [], blocks: [] }),
    inodes: fs.inodes.map((inode, i) => {
      const old = before.inodes[i];
      return sameInode(old, inode) ? (old ?? null) : deepCopy(inode);
    }),
    blocks: fs.blocks.map((content, i) => {
      const old = before.blocks[i];
      return content === null ? null : old && sameContent(old, content) ? old : deepCopy(content);
    }),
  };
}

/** The tick the next commit is due, or Infinity when nothing waits for one. */
export function commitDueAt(run: FsRun): number {
  const track = run.disk;
  const pending = track === null ? 0 : track.log.length - track.from;
  if (track === null || pending === 0) return Infinity;
  // One commit is written at a time, as jbd2 writes one: the next waits for the device to finish the last.
  const writing = track.commits[track.commits.length - 1]?.end ?? 0;
  return Math.max(writing, pending >= MAX_COMMIT_CHANGES ? 0 : track.since + track.commitTicks);
}

/**
 * Writes the pending changes to the disk: their block writes go on the device as one request of the kernel's, after
 * those ahead of it, and the page cache's dirty blocks are written as part of it (they are the changes' file data).
 * Says so in an event; does nothing when no change is pending.
 */
export function commitChanges(st: SimState, run: FsRun): { flushed: number; until: number } | null {
  const track = run.disk;
  if (track === null) return null;
  settleCommits(track, st.now);
  if (track.from === track.log.length) return null;
  const plan = planPending(track);
  const changes = plan.ops.filter((o) => o.last >= o.first).map((o) => o.text);
  const named = changes.slice(0, NAMED);
  track.from = track.log.length;
  const flushed = flushAll(run.cache);
  const io = run.device ? commitIo(run, plan) : noIo;
  const served = queueOnDevice(st, run, null, { kind: 'write', path: '(commit)' }, plan.writes.length, io, true);
  // Changes that wrote no block (an open for reading, a close) leave the disk as it was.
  if (served === null) {
    if (track.commits.length === 0) track.disk = planEnd(plan);
    return { flushed, until: st.now };
  }
  const journal = plan.writes.filter((w) => w.kind === 'journal' || w.kind === 'commit').length;
  track.plans.push(plan);
  track.commits.push({
    plan: track.plans.length - 1,
    first: served.start + deviceBound(run.config.device).requestTicks,
    end: served.end,
    ...(served.ends && { landed: served.ends }),
  });
  track.stats.commits++;
  track.stats.blockWrites += plan.writes.length;
  track.stats.journalBlocks += journal;
  run.version++;
  st.events.push({
    tick: st.now,
    kind: 'fsCommit',
    mode: track.mode,
    changes: changes.length,
    named,
    writes: plan.writes.length,
    journal,
    start: served.start,
    until: served.end,
  });
  return { flushed, until: served.end };
}

/** sync with a journal setting: the pending changes are committed now; what that did, in words. */
export function syncCommits(st: SimState, run: FsRun): string {
  const done = commitChanges(st, run);
  if (done === null) return 'nothing changed since the last commit, nothing to write';
  const blocks = done.flushed === 0 ? '' : ` and ${done.flushed} dirty cached block${done.flushed === 1 ? '' : 's'}`;
  return done.until === st.now
    ? 'the changes since the last commit write no block'
    : `the changes since the last commit${blocks} go to the disk in a commit now, the device busy until tick ${done.until}`;
}
