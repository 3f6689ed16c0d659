import type { FsState } from '../types';
import { imageKey, type BlockImage } from './blockImage';
import { homeName } from './homeName';
import type { CrashPlan } from './planWrites';

/** What mount's journal recovery found and did. */
export type ReplayOutcome =
  | { kind: 'noJournal' }
  | { kind: 'empty' }
  /** a committed transaction written home; `alreadyHome` of its blocks had been checkpointed before the crash */
  | { kind: 'replayed'; tx: number; homes: readonly number[]; alreadyHome: number }
  /** a transaction without its TxE: `logged` of its blocks had reached the journal */
  | { kind: 'discarded'; tx: number; logged: number; of: number };

export interface Replay {
  outcome: ReplayOutcome;
  /** the disk after recovery */
  disk: readonly BlockImage[];
  sentence: string;
}

/**
 * Journal recovery at mount (jbd's, for a journal holding at most one transaction): read the TxB at the start
 * of the journal; if every block it announces follows, carrying its transaction number, and its TxE comes after
 * them, the transaction committed and its copies are written home (redo: writing a block that already holds them
 * changes nothing). Otherwise the crash came before the commit: the transaction is discarded, and since nothing
 * is checkpointed before the commit, its home blocks were never touched.
 */
export function replayJournal(plan: CrashPlan, disk: readonly BlockImage[]): Replay {
  const { journal } = plan.layout;
  if (journal.count === 0)
    return {
      outcome: { kind: 'noJournal' },
      disk,
      sentence: 'No journal: mount has nothing to replay, and the disk is as the crash left it.',
    };
  const head = disk[journal.start];
  if (head?.kind !== 'txBegin')
    return {
      outcome: { kind: 'empty' },
      disk,
      sentence: 'The journal is empty (no transaction was begun): replay does nothing.',
    };
  const { tx, homes } = head;
  const text = plan.ops.find((o) => o.tx === tx)?.text ?? '';
  let logged = 0;
  while (logged < homes.length) {
    const b = disk[journal.start + 1 + logged];
    if (b?.kind !== 'logged' || b.tx !== tx || b.home !== homes[logged]) break;
    logged++;
  }
  const end = disk[journal.start + 1 + homes.length];
  if (logged < homes.length || end?.kind !== 'txEnd' || end.tx !== tx)
    return {
      outcome: { kind: 'discarded', tx, logged, of: homes.length },
      disk,
      sentence: `Transaction ${tx} (${text}) has no TxE on disk (${logged} of its ${homes.length} blocks reached the journal): the crash came before it committed, so replay discards it. Nothing of it was checkpointed, so the file system is as before it.`,
    };
  const after = disk.slice();
  let alreadyHome = 0;
  homes.forEach((home, k) => {
    const copy = disk[journal.start + 1 + k] as Extract<BlockImage, { kind: 'logged' }>;
    if (imageKey(disk[home] as BlockImage) === imageKey(copy.image)) alreadyHome++;
    after[home] = copy.image;
  });
  const names = homeName(plan.layout, plan.states[plan.ops.findIndex((o) => o.tx === tx) + 1] as FsState);
  const checkpoint =
    alreadyHome === homes.length
      ? 'its checkpoint had finished, so this rewrites what is there (redo is harmless)'
      : alreadyHome === 0
        ? 'its checkpoint had not begun'
        : `its checkpoint had written ${alreadyHome} of them`;
  return {
    outcome: { kind: 'replayed', tx, homes, alreadyHome },
    disk: after,
    sentence: `Transaction ${tx} (${text}) committed (its TxE is on disk): replay writes its ${homes.length} blocks home (${homes.map(names).join(', ')}); ${checkpoint}.`,
  };
}
