import { clean, emptyCleanerStats, type Cleaned, type CleanerStats } from '../lfs/cleaner';
import { room } from '../lfs/segments';
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

/** What the log made of one operation: its result (refused when the log is full), its writes, what was cleaned. */
export interface LoggedOp {
  done: FsResult;
  writes: LogWrites;
  cleaned: Cleaned[];
}

const NO_WRITES: LogWrites = { data: 0, dir: 0, inode: 0, imap: 0, checkpoint: 0 };
const total = (w: LogWrites) => w.data + w.dir + w.inode + w.imap + w.checkpoint;

/** A log of `blocks` blocks for an empty file system: the root's blocks, inode, inode-map piece, checkpoint. */
export function createCleanedLog(fs: FsState, blocks: number, config: LogConfig): CleanedLog {
  const { log, writes } = createLogLayout(fs, { blocks, segmentBlocks: config.segmentBlocks });
  return { log, config, cleaner: emptyCleanerStats(), userBlocks: writes.data + writes.dir, opBlocks: total(writes) };
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
export function logOperation<S>(
  c: CleanedLog,
  fs: FsState,
  op: FsOp,
  apply: () => FsResult,
  keep: { save(): S; restore(saved: S): void },
): LoggedOp {
  const { lfs } = c.log;
  if (lfs.segments) lfs.segments.clock++;
  const pending = planBlocks(planChanges(c.log, fs, []));
  const bound = opBound(op, fs.geometry.blockSize);
  const cleaned = clean(lfs, c.config, pending + (bound ?? 0), c.cleaner);
  const left = () => (lfs.segments ? room(lfs.segments) : Infinity);
  const saved = bound === null || left() < pending + bound ? keep.save() : null;
  const done = apply();
  const plan = planChanges(c.log, fs, done.ok ? [done.inum] : []);
  const need = planBlocks(plan);
  if (need > left()) cleaned.push(...clean(lfs, c.config, need, c.cleaner));
  if (need > left()) {
    if (saved === null) throw new Error(`internal: ${op.kind} wrote more than its bound (${need} > ${bound})`);
    keep.restore(saved);
    return { done: { ok: false, error: fullLog(op, need, left()) }, writes: NO_WRITES, cleaned };
  }
  const writes = writePlan(c.log, fs, plan);
  c.userBlocks += writes.data + writes.dir;
  c.opBlocks += total(writes);
  return { done, writes, cleaned };
}
