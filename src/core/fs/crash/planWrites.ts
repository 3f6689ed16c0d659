import { deepCopy } from '../../deepCopy';
import { applyFsOp } from '../applyFsOp';
import { createFileSystem } from '../fileSystem';
import { fsOpText, type FsOp } from '../fsOp';
import type { FsError, FsState, Inode } from '../types';
import { changedHomes, homeImage, homeImages, type BlockImage, type HomeImage } from './blockImage';
import { CRASH_LIMITS, diskGeometryError, diskLayout, type DiskGeometry, type DiskLayout } from './diskLayout';
import { homeName } from './homeName';
import type { JournalMode } from './journalMode';

/** What a block write is, for colouring the strip: in place (metadata or data), into the journal, or home. */
export type WriteKind = 'metadata' | 'data' | 'journal' | 'commit' | 'checkpoint';

export interface BlockWrite {
  /** its place in the write sequence, from 1 */
  n: number;
  /** the workload operation (index) that issued it */
  op: number;
  tx: number | null;
  address: number;
  image: BlockImage;
  kind: WriteKind;
  /** what it writes, in words ("TxE: transaction 2 commits") */
  what: string;
}

/** What an operation gave: done, or refused with its error (a refused one writes nothing). */
export type StepResult = { ok: true } | { ok: false; error: FsError };

export interface OpRecord {
  /** null: a change the kernel made on its own (a process's descriptors closed as it ended) */
  op: FsOp | null;
  text: string;
  result: StepResult;
  /** its transaction, when it is journalled and changed something */
  tx: number | null;
  /** its writes, first to last by number (none when first > last) */
  first: number;
  last: number;
  /** the write after which it survives any crash (its TxE, or its last write in place); 0: from the start */
  durableAfter: number;
}

/** A workload as the block writes a file system issues for it in one journal mode. */
export interface CrashPlan {
  mode: JournalMode;
  layout: DiskLayout;
  /** the disk freshly formatted: the root directory, an empty journal */
  initial: readonly BlockImage[];
  writes: readonly BlockWrite[];
  ops: readonly OpRecord[];
  /** the picture after the first k operations (states[0]: freshly formatted) */
  states: readonly FsState[];
}

export interface PlanError {
  path: string;
  limit: string;
  message: string;
}

const isFileData = (image: BlockImage) => image.kind === 'data' && image.content.kind === 'file';

/**
 * Labels the blocks a write added with whose bytes they hold ("op3.1": operation 3, the file's block 1), so a
 * picture tells them apart and a block still holding older bytes shows as stale. Bytes a write adds to the file's
 * partly filled last block are past its old end, so that block keeps its label (and, as in the picture, is not
 * written).
 */
export function stampWritten(fs: FsState, before: FsState, inum: number, n: number): void {
  const blocks = (fs.inodes[inum] as Inode).blocks;
  for (let k = before.inodes[inum]?.blocks.length ?? 0; k < blocks.length; k++)
    fs.blocks[blocks[k] as number] = { kind: 'file', data: `op${n}.${k}` };
}

/** One change of a picture: the operation, what it gave, and the picture after it (the one before when refused). */
export interface PlanStep {
  op: FsOp | null;
  text: string;
  result: StepResult;
  after: FsState;
}

/**
 * The block writes of a workload: each operation runs on the picture at its own tick (operation n at tick n), and
 * the blocks whose contents it changed are what it writes (planSteps).
 */
export function planWrites(
  workload: readonly FsOp[],
  geometry: DiskGeometry,
  mode: JournalMode,
): { ok: true; plan: CrashPlan } | { ok: false; error: PlanError } {
  const bad = diskGeometryError(geometry);
  if (bad) return { ok: false, error: bad };
  if (workload.length > CRASH_LIMITS.maxOps)
    return {
      ok: false,
      error: {
        path: 'workload',
        limit: `${CRASH_LIMITS.maxOps}`,
        message: `a crash workload has at most ${CRASH_LIMITS.maxOps} operations (got ${workload.length})`,
      },
    };
  const fs = createFileSystem(geometry.fs);
  const start = deepCopy(fs);
  const steps: PlanStep[] = [];
  for (const [i, op] of workload.entries()) {
    fs.now = i + 1;
    const result = applyFsOp(fs, op);
    if (result.ok && op.kind === 'write') stampWritten(fs, steps[i - 1]?.after ?? start, result.inum, i + 1);
    steps.push({ op, text: fsOpText(op), result, after: deepCopy(fs) });
  }
  return planSteps(diskLayout(geometry, mode !== 'none'), mode, start, steps);
}

/**
 * The block writes of a sequence of changes from the picture `start` holds on disk (the crash explorer's
 * workload, or the changes a running node commits): the blocks whose contents a change made different are what it
 * writes (a freed block is not written: only its bitmap bit changes). Each change is synced before the next
 * begins. With a journal each is one transaction, checkpointed as soon as it commits, so the journal holds at most
 * one (ext3 lets several pile up and needs revoke records so replay never overwrites a freed block since reused).
 */
export function planSteps(
  layout: DiskLayout,
  mode: JournalMode,
  start: FsState,
  steps: readonly PlanStep[],
): { ok: true; plan: CrashPlan } | { ok: false; error: PlanError } {
  const initial = homeImages(start, layout);
  const writes: BlockWrite[] = [];
  const ops: OpRecord[] = [];
  const states: FsState[] = [start];
  let tx = 0;
  for (const [i, { op, text, result, after: fs }] of steps.entries()) {
    states.push(fs);
    const first = writes.length + 1;
    const durableBefore = ops[ops.length - 1]?.durableAfter ?? 0;
    if (!result.ok) {
      ops.push({ op, text, result, tx: null, first, last: first - 1, durableAfter: durableBefore });
      continue;
    }
    const dirty = changedHomes(states[i] as FsState, fs, layout).map((a) => ({
      address: a,
      image: homeImage(fs, layout, a) as HomeImage,
    }));
    const names = homeName(layout, fs);
    const emit = (address: number, image: BlockImage, kind: WriteKind, what: string, t: number | null) =>
      writes.push({ n: writes.length + 1, op: i, tx: t, address, image, kind, what });
    const inPlace = (blocks: typeof dirty) =>
      blocks.forEach((b) =>
        emit(b.address, b.image, isFileData(b.image) ? 'data' : 'metadata', names(b.address), null),
      );
    const data = dirty.filter((b) => isFileData(b.image));
    const logged = mode === 'data' ? dirty : dirty.filter((b) => !isFileData(b.image));
    if (mode === 'none' || logged.length === 0) inPlace(dirty);
    else {
      const need = logged.length + 2;
      if (need > layout.journal.count)
        return {
          ok: false,
          error: {
            path: 'journalBlocks',
            limit: `${need}`,
            message: `operation ${i + 1} (${text}) logs ${logged.length} blocks; with its TxB and TxE it needs ${need} journal blocks, and the journal has ${layout.journal.count}`,
          },
        };
      tx++;
      if (mode === 'ordered') inPlace(data);
      const j = layout.journal.start;
      emit(
        j,
        { kind: 'txBegin', tx, homes: logged.map((b) => b.address) },
        'journal',
        `TxB of transaction ${tx} (${text}): ${logged.length} blocks follow`,
        tx,
      );
      logged.forEach((b, k) =>
        emit(
          j + 1 + k,
          { kind: 'logged', tx, home: b.address, image: b.image },
          'journal',
          `journal copy of ${names(b.address)}`,
          tx,
        ),
      );
      emit(j + 1 + logged.length, { kind: 'txEnd', tx }, 'commit', `TxE: transaction ${tx} commits`, tx);
      const committedAt = writes.length;
      if (mode === 'writeback') inPlace(data);
      logged.forEach((b) => emit(b.address, b.image, 'checkpoint', `checkpoint: ${names(b.address)} to its home`, tx));
      ops.push({ op, text, result, tx, first, last: writes.length, durableAfter: committedAt });
      continue;
    }
    ops.push({ op, text, result, tx: null, first, last: writes.length, durableAfter: writes.length });
  }
  return { ok: true, plan: { mode, layout, initial, writes, ops, states } };
}
