import { clean, emptyCleanerStats, type Cleaned, type CleanerStats } from '../lfs/cleaner';
import { room, segmentOf, type LogSegments } from '../lfs/segments';
import { liveness, type LiveBecause } from '../lfs/lfsLiveness';
import type { LfsBlock } from '../lfs/lfsTypes';
import { BLOCK_KIND } from '../allocation/types';
import { round2 } from '../../metrics/metrics';
import type { FsOp } from '../fsOp';
import type { FsError, FsResult, FsState } from '../types';
import type { LogConfig } from './logConfig';
import { createLogLayout, planBlocks, planChanges, writePlan, type LogLayout, type LogWrites } from './logLayout';

/** A log on a disk of segments with its cleaner: what the operations and the cleaner have written so far. */
export interface CleanedLog {
  log: LogLayout;
  config: LogConfig;
  cleaner: CleanerStats;
  /** data and directory blocks the operations changed: what the user wrote */
  userBlocks: number;
  /** every block the operations wrote: those, their inodes and inode-map pieces, and the checkpoint rewrites */
  opBlocks: number;
}

/** An operation's result: done (naming the inode it made or changed, or in a sentence), or refused. */
export type Done = { ok: true; inum: number } | { ok: true; said: string } | Refused;
export type Refused = { ok: false; error: FsError };

/** What the log made of one operation: its result (refused when the log is full), its writes, what was cleaned. */
export interface LoggedOp<R extends Done = FsResult> {
  done: R | Refused;
  writes: LogWrites;
  cleaned: Cleaned[];
}

const NO_WRITES: LogWrites = { data: 0, dir: 0, inode: 0, imap: 0, checkpoint: 0 };
const blocksOf = (w: LogWrites) => w.data + w.dir + w.inode + w.imap + w.checkpoint;

/** A log of `blocks` blocks for an empty file system: the root's blocks, inode, inode-map piece, checkpoint. */
export function createCleanedLog(fs: FsState, blocks: number, config: LogConfig): CleanedLog {
  const { log, writes } = createLogLayout(fs, { blocks, segmentBlocks: config.segmentBlocks });
  return {
    log,
    config,
    cleaner: emptyCleanerStats(),
    userBlocks: writes.data + writes.dir,
    opBlocks: blocksOf(writes),
  };
}

/**
 * The most blocks one operation can make the log write, beyond what it writes: its data blocks (and the partly
 * filled block it starts in), three directory blocks (a rename's two directories and a moved directory's ".."),
 * four inodes (both directories, the one moved or made, the one replaced) and their four inode-map pieces.
 * null for fsck's repair, which may change anything.
 */
function opBound(op: FsOp, blockSize: number): number | null {
  const names = 3 + 4 + 4;
  switch (op.kind) {
    case 'write':
    case 'truncate':
    case 'fdwrite':
      return Math.ceil(op.bytes / blockSize) + 1 + names;
    case 'fsck':
    case 'corrupt':
      return null;
    default:
      return names;
  }
}

/** Inodes in use the log has not written yet: what a descriptor operation (which names none) may have made. */
function unseen(log: LogLayout, fs: FsState): number[] {
  const out: number[] = [];
  fs.inodes.forEach((inode, inum) => {
    if (inode && !log.seen.has(inum)) out.push(inum);
  });
  return out;
}

/** The log refuses an operation it cannot hold, with the figures that show why. */
function fullLog(op: FsOp, need: number, left: number): FsError {
  return {
    code: 'ENOSPC',
    message: `the log is full of live data: ${op.kind} needs ${need} blocks written and the log has ${left} left after cleaning`,
  };
}

/**
 * Does `op` (through `apply`, on `fs`) and appends what it changed to the log. First the cleaner runs, if free
 * segments are below the low-water mark or the log has less room than the operation could need; if it still
 * has less, the state is saved (`save`) before the operation and, should its changes not fit, put back
 * (`restore`) and the operation refused with ENOSPC: a full log never holds half an operation.
 */
export function logOperation<S, R extends Done>(
  c: CleanedLog,
  fs: FsState,
  op: FsOp,
  apply: () => R,
  keep: { save(): S; restore(saved: S): void },
): LoggedOp<R> {
  const { lfs } = c.log;
  if (lfs.segments) lfs.segments.clock++;
  const pending = planBlocks(planChanges(c.log, fs, []));
  const bound = opBound(op, fs.geometry.blockSize);
  const cleaned = clean(lfs, c.config, pending + (bound ?? 0), c.cleaner);
  const left = () => (lfs.segments ? room(lfs.segments) : Infinity);
  const saved = bound === null || left() < pending + bound ? keep.save() : null;
  const done = apply();
  const plan = planChanges(c.log, fs, done.ok ? ('inum' in done ? [done.inum] : unseen(c.log, fs)) : []);
  const need = planBlocks(plan);
  if (need > left()) cleaned.push(...clean(lfs, c.config, need, c.cleaner));
  if (need > left()) {
    if (saved === null) throw new Error(`internal: ${op.kind} wrote more than its bound (${need} > ${bound})`);
    keep.restore(saved);
    return { done: { ok: false, error: fullLog(op, need, left()) }, writes: NO_WRITES, cleaned };
  }
  const writes = writePlan(c.log, fs, plan);
  c.userBlocks += writes.data + writes.dir;
  c.opBlocks += blocksOf(writes);
  return { done, writes, cleaned };
}

/** The log's figures: its disk, live and dead blocks, segments, the cleaner's counts, blocks written. */
export interface LogTotals {
  /** the log's disk: its blocks, and the blocks in a segment */
  diskBlocks: number;
  segmentBlocks: number;
  /** blocks live now (the checkpoint region's included), and dead ones in segments in use (the cleaner's work) */
  live: number;
  dead: number;
  /** segments in use, free (never written, or written and freed), and free because the cleaner freed them */
  segments: { total: number; inUse: number; free: number; cleaned: number };
  /** segments in use with no live block: a cleaner frees them without copying anything */
  deadSegments: number;
  cleaner: CleanerStats;
  /** data and directory blocks the operations changed, and every block written (theirs and the cleaner's) */
  userBlocks: number;
  writtenBlocks: number;
}

/** Blocks written per block the user wrote, to 2 decimals (null before the user wrote any). */
export const writeAmplification = (f: Pick<LogTotals, 'userBlocks' | 'writtenBlocks'>): number | null =>
  f.userBlocks === 0 ? null : round2(f.writtenBlocks / f.userBlocks);

const LOG_KIND: Readonly<Record<LfsBlock['kind'], number>> = {
  checkpoint: BLOCK_KIND.checkpoint,
  imap: BLOCK_KIND.imap,
  inode: BLOCK_KIND.inode,
  dir: BLOCK_KIND.directory,
  data: BLOCK_KIND.data,
};

/** Each address of the log's disk and its liveness, where a segment in use holds it (free segments are skipped). */
function eachUsed(c: CleanedLog, visit: (addr: number, block: LfsBlock, why: LiveBecause | null) => void): void {
  const { lfs } = c.log;
  const seg = lfs.segments as LogSegments;
  const live = liveness(lfs);
  lfs.log.forEach((block, a) => {
    if (a === 0 || seg.list[segmentOf(seg, a)]?.state === 'used') visit(a, block, live[a] ?? null);
  });
}

export function logTotals(c: CleanedLog): LogTotals {
  const seg = c.log.lfs.segments as LogSegments;
  let live = 0;
  const liveIn: number[] = seg.list.map(() => 0);
  eachUsed(c, (a, _, why) => {
    if (why === null) return;
    live++;
    if (a > 0) liveIn[segmentOf(seg, a)] = (liveIn[segmentOf(seg, a)] ?? 0) + 1;
  });
  const inUse = seg.list.filter((s) => s.state === 'used').length;
  return {
    diskBlocks: 1 + seg.list.length * seg.segmentBlocks,
    segmentBlocks: seg.segmentBlocks,
    live,
    dead: usedBlocks(c) - live,
    segments: {
      total: seg.list.length,
      inUse,
      free: seg.list.length - inUse,
      cleaned: seg.list.filter((s) => s.state === 'free' && s.cleanings > 0).length,
    },
    deadSegments: seg.list.filter((s, i) => s.state === 'used' && liveIn[i] === 0).length,
    cleaner: { ...c.cleaner },
    userBlocks: c.userBlocks,
    writtenBlocks: c.opBlocks + c.cleaner.blocksWritten,
  };
}

/** Blocks written in segments in use, and the checkpoint region. */
function usedBlocks(c: CleanedLog): number {
  let n = 0;
  eachUsed(c, () => n++);
  return n;
}

/** The log's disk in address order: each block's kind (free, dead, or what it holds) and owning inode (-1: none). */
export function logMap(c: CleanedLog): { kind: Uint8Array; owner: Int32Array } {
  const seg = c.log.lfs.segments as LogSegments;
  const total = 1 + seg.list.length * seg.segmentBlocks;
  const kind = new Uint8Array(total);
  const owner = new Int32Array(total).fill(-1);
  eachUsed(c, (a, block, why) => {
    kind[a] = why === null ? BLOCK_KIND.dead : LOG_KIND[block.kind];
    if (why?.by === 'imap' || why?.by === 'inode') owner[a] = why.inum;
  });
  return { kind, owner };
}
