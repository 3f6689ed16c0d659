import { deepCopy } from '../../deepCopy';
import type { SimState } from '../../kernel/state';
import {
  createCleanedLog,
  logOperation,
  type CleanedLog,
  type Done,
  type LoggedOp,
  type Refused,
} from '../layout/cleanedLog';
import { loggedAddrs } from '../layout/logLayout';
import { DEFAULT_LOG } from '../layout/logConfig';
import type { FsConfig } from '../config';
import type { FsOp } from '../fsOp';
import type { FsState } from '../types';
import { noIo, type DeviceIo, type DeviceRun } from '../device/deviceRun';
import { takeLogIo, traceLogIo, type LogSegments } from '../lfs/segments';
import { queueOnDevice } from './fileRequests';
import type { FsRun } from './state';

/**
 * The node's log under LFS, on the disk's blocks in segments (log address a is the device's block a). On a device
 * that places blocks by number the log keeps each address it reads and writes; what formatting wrote (the root's
 * blocks and the checkpoint region) goes to the device with the log's first request, so the device's figures are
 * its requests' and every block the log holds is on it.
 */
export function createNodeLog(config: Readonly<FsConfig>, fs: FsState, device: DeviceRun | null): CleanedLog | null {
  if (config.layout !== 'lfs') return null;
  const log = createCleanedLog(fs, config.blocks, config.lfs ?? DEFAULT_LOG);
  if (device !== null)
    traceLogIo(
      log.log.lfs.segments as LogSegments,
      // The blocks appended, then the checkpoint region pointing to them, as an operation writes them.
      [...log.log.lfs.log.flatMap((block, a) => (block && a > 0 ? [a] : [])), 0],
    );
  return log;
}

/**
 * Under LFS, an operation goes through the log kept beside the picture (layout/cleanedLog.ts): the cleaner runs
 * first if free segments are short, each segment it frees narrated; an operation the log cannot hold is refused
 * with ENOSPC and the picture and the open files put back. Returns the result and the log blocks the device
 * writes: the operation's, and the cleaner's (it reads each live block it copies and writes the copies, the
 * inodes and pieces pointing to them and the checkpoint), and on a device that places blocks by number the same
 * blocks by address, in the order the log moved them (`io`). Under vsfs and FFS it only applies the operation.
 */
export function applyLogged<R extends Done>(
  st: SimState,
  run: FsRun,
  op: FsOp,
  line: string,
  apply: () => R,
): { done: R | Refused; logBlocks: number; io: DeviceIo } {
  if (run.log === null) return { done: apply(), logBlocks: 0, io: noIo };
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
  const io = takeLogIo(run.log.log.lfs.segments as LogSegments);
  // On a device that places blocks by number the blocks are those it is given (with mkfs's, the first time).
  const logBlocks =
    run.device === null
      ? w.data + w.dir + w.inode + w.imap + w.checkpoint + cleaning
      : io.reads.length + io.writes.length;
  return { done: logged.done, logBlocks, io };
}

/**
 * Under LFS, writes to the log what changed in the picture outside an operation of its own (fsck's repairs, the
 * files a process's exit freed as it closed its descriptors), with `why` for the narration of any cleaning.
 */
export function logPending(st: SimState, run: FsRun, why: string): void {
  if (run.log === null) return;
  const { io } = applyLogged(st, run, { kind: 'sync' }, why, () => ({ ok: true, said: why }));
  logToDevice(st, run, io);
}

/**
 * The log's blocks of an operation the kernel did (a scheduled one, fsck's repairs, an exit's closes) go on a
 * device that places blocks by number as a request of the kernel's. The simple device charges only a process's
 * requests, as it always has.
 */
export function logToDevice(st: SimState, run: FsRun, io: DeviceIo): void {
  if (run.device === null) return;
  queueOnDevice(st, run, null, { kind: 'write', path: '(log)' }, io.reads.length + io.writes.length, io);
}

/**
 * The device addresses of file blocks the page cache missed: under LFS on a device that places blocks by number,
 * a block of the picture is where the log last wrote it (its inode's newest copy points there; the cleaner may
 * have moved it). The simple device keeps the picture's numbers, as it always has. `inums`: the inodes that hold
 * them, where the caller knows (else every inode the log holds is looked at).
 */
export function loggedBlocks(run: FsRun, blocks: number[], inums?: readonly number[]): number[] {
  if (run.log === null || run.device === null || blocks.length === 0) return blocks;
  const { log } = run.log;
  const want = new Set(blocks);
  const at = new Map<number, number>();
  for (const inum of inums ?? log.seen.keys()) {
    const addrs = loggedAddrs(log, inum);
    log.seen.get(inum)?.blocks.forEach((b, k) => {
      if (want.has(b)) at.set(b, addrs[k] as number);
    });
  }
  return blocks.map((b) => at.get(b) ?? b);
}
