import type { SimState } from '../../kernel/state';
import type { FsOp } from '../fsOp';
import { commitChanges, recordChange } from './diskTrack';
import type { FsckOpOutcome } from './fsckRun';
import type { FsRun } from './state';

/**
 * fsck writes its repairs before it returns (e2fsck runs on the device, not through the page cache): a repair is
 * a change committed at once. A corruption stands for damage on the disk: a change like any other.
 */
export function repairOrCorruptReachesDisk(
  st: SimState,
  run: FsRun,
  action: Extract<FsOp, { kind: 'fsck' | 'corrupt' }>,
  said: Exclude<FsckOpOutcome, { error: unknown }>,
): void {
  const track = run.disk;
  if (track === null) return;
  recordChange(st, run, action, action.kind, { ok: true });
  if (!('fsck' in said)) return;
  if (track.needsFsck) track.stats.fsckFixesAfterCrash += said.fsck.length;
  track.needsFsck = false;
  commitChanges(st, run);
}
