import { parseFsOp, type FsOp } from '../fsOp';
import type { DiskGeometry } from './diskLayout';
import type { JournalMode } from './journalMode';
import { planWrites, type CrashPlan } from './planWrites';

/** Test helpers: a small disk and a workload written as lines. */
export const SMALL_DISK: DiskGeometry = {
  fs: { inodes: 8, dataBlocks: 8, entriesPerBlock: 4, pointersPerInode: 4, blockSize: 4096 },
  inodesPerBlock: 4,
  journalBlocks: 8,
};

export const ops = (...lines: string[]): FsOp[] => lines.map((l) => (parseFsOp(l) as { ok: true; op: FsOp }).op);

export function plan(mode: JournalMode, workload: FsOp[], geometry = SMALL_DISK): CrashPlan {
  const r = planWrites(workload, geometry, mode);
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}
