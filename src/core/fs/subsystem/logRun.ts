import { deepCopy } from '../../deepCopy';
import type { SimState } from '../../kernel/state';
import { logOperation, type Done, type LoggedOp, type Refused } from '../layout/cleanedLog';
import type { FsOp } from '../fsOp';

import type { FsRun } from './state';

/**
 * Under LFS, an operation goes through the log kept beside the picture (layout/cleanedLog.ts): the cleaner runs
 * first if free segments are short, each segment it frees narrated; an operation the log cannot hold is refused
 * with ENOSPC and the picture and the open files put back. Returns the result and the log blocks the device
 * writes: the operation's, and the cleaner's (it reads each live block it copies and writes the copies, the
 * inodes and pieces pointing to them and the checkpoint). Under vsfs and FFS it only applies the operation.
 */
export function applyLogged<R extends Done>(
  st: SimState,
  run: FsRun,
  op: FsOp,
  line: string,
  apply: () => R,
): { done: R | Refused; logBlocks: number } {
  if (run.log === null) return { done: apply(), logBlocks: 0 };
  const keep = {
    save: () => ({ fs: deepCopy(run.fs), open: deepCopy(run.open) }),
    restore: (saved: Pick<FsRun, 'fs' | 'open'>) => {
      run.fs = saved.fs;
      run.open = saved.open;
    },
  };
  const logged: LoggedOp<R> = logOperation(run.log, run.fs, op, apply, keep);
  let cleaning = 0;
  for (const cleaned of logged.cleaned) {
    st.events.push({ tick: st.now, kind: 'logCleaned', line, cleaned });
    cleaning += 2 * cleaned.copies.length + cleaned.inodes + cleaned.pieces + 1;
  }
  const w = logged.writes;
  return { done: logged.done, logBlocks: w.data + w.dir + w.inode + w.imap + w.checkpoint + cleaning };
}

/**
 * Under LFS, writes to the log what changed in the picture outside an operation of its own (fsck's repairs, the
 * files a process's exit freed as it closed its descriptors), with `why` for the narration of any cleaning.
 */
export function logPending(st: SimState, run: FsRun, why: string): void {
  if (run.log === null) return;
  applyLogged(st, run, { kind: 'sync' }, why, () => ({ ok: true, said: why }));
}
