import { nextU32, type RngState } from '../../kernel/rng';
import type { SimState } from '../../kernel/state';
import { corrupt } from '../../ostep/fsck/fsckCorrupt';
import { corruptionText } from '../../ostep/fsck/fsckText';
import type { CorruptionName, FsOp } from '../fsOp';
import { repairFs, type RepairPass } from '../repair';
import type { FsError } from '../types';
import type { FsRun } from './state';

/** fsck.py's -w number of each corruption by name (its file variant where it has a file and a directory one). */
const WHICH: Readonly<Record<CorruptionName, number>> = {
  'data-bitmap': 0,
  'inode-bitmap': 1,
  refcount: 2,
  orphan: 3,
  'dead-block': 4,
  'type-switch': 5,
  'entry-inode': 6,
  'entry-name': 7,
  random: -1,
};

/** What fsck or corrupt did, as an fsOp event carries it; or why it was refused (nothing changed). */
export type FsckOpOutcome =
  { fsck: { pass: RepairPass; message: string }[] } | { corrupted: string } | { error: FsError };

/**
 * fsck repairs the node's file system (repair.ts) and counts its run and fixes; corrupt makes one of fsck.py's
 * corruptions, seeded from the run's random stream (advanced only when the corruption is made), and marks the
 * file system corrupt on purpose until the next fsck, so its invariants wait for that fsck.
 */
export function applyFsckOp(
  st: SimState,
  run: FsRun,
  action: Extract<FsOp, { kind: 'fsck' | 'corrupt' }>,
): FsckOpOutcome {
  if (action.kind === 'fsck') {
    const fixes = repairFs(run.fs).map(({ pass, message }) => ({ pass, message }));
    run.stats.fsckRuns++;
    run.stats.fsckFixes += fixes.length;
    run.corrupted = null;
    return { fsck: fixes };
  }
  // fsck.py corrupts a consistent file system; one error at a time keeps each fsck's finding readable.
  const broken = corruptRefusal(run);
  if (broken) return { error: broken };
  const rng = [...st.rng] as RngState;
  const made = corrupt(run.fs, nextU32(rng), WHICH[action.corruption]);
  if (typeof made === 'string') {
    // fsck.py's own words say which script flag to change; here only the reason applies.
    const why = made.replace(/^fsck\.py crashes on corruption \d+ here: /, '').replace(/ \(choose another .*\)$/, '');
    return { error: { code: 'EINVAL', message: `nothing to corrupt: ${why}` } };
  }
  st.rng.splice(0, rng.length, ...rng);
  run.stats.corruptions++;
  run.corrupted = corruptionText(made).replace(/\n\s*/g, ' ');
  return { corrupted: run.corrupted };
}

/**
 * While the file system is corrupted on purpose, everything but fsck is refused, as a
 * kernel that finds errors remounts read-only and waits for fsck: its structures cannot be trusted (a name may
 * point at a free inode, a file's blocks may be read as a directory).
 */
export function corruptRefusal(run: FsRun): FsError | null {
  return run.corrupted === null
    ? null
    : { code: 'EIO', message: `the file system has errors until fsck repairs them (${run.corrupted})` };
}
