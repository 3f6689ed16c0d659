import type { SimState } from '../../kernel/state';
import { fsOpText, isDescriptorOp, type FsOp } from '../fsOp';
import type { FfsPlaced } from '../layout/ffsPlaced';
import { applyPlaced } from '../layout/nodeLayout';
import { flushAll, forgetFreed } from '../pageCache';
import { mountedOp } from '../vfs/mountedOp';
import { releaseSpareFrames } from './cacheMemory';
import { crashNode, repairOrCorruptReachesDisk } from './crashRun';
import { raidOp } from './raidOps';
import { blockFaultOp } from './blockFaultOps';
import { applyDescriptorOp } from './descriptorRun';
import { recordChange, syncCommits } from './diskTrack';
import { queueOnDevice } from './fileRequests';
import { noIo } from '../device/deviceRun';
import { applyFsckOp, corruptRefusal } from './fsckRun';
import { applyLedgerOp } from './ledgerRun';
import { applyLogged, logPending, logToDevice } from './logRun';
import type { FsRun } from './state';

type Fsck = Extract<FsOp, { kind: 'fsck' | 'corrupt' }>;

/**
 * A scheduled file-system operation at now, narrated as an fsOp event: fsck and corrupt on the whole file system, a
 * crash of the node, or one that runs on the block file system (descriptors, the ledger's verify and tamper, sync
 * and the namespace operations) unless its paths reach into /proc or /ledger, which refuse it.
 */
export function applyFsAction(st: SimState, run: FsRun, given: FsOp): void {
  run.fs.now = st.now;
  const line = fsOpText(given);
  if (given.kind === 'fsck' || given.kind === 'corrupt') checkOrBreak(st, run, given, line);
  else if (given.kind === 'fail' || given.kind === 'rebuild') {
    const said = raidOp(st, run, given);
    settle(st, run, 'error' in said);
    st.events.push({ tick: st.now, kind: 'fsOp', line, ...('error' in said ? said : { error: null, ...said }) });
  } else if (given.kind === 'corruptBlock' || given.kind === 'badSector') {
    const said = blockFaultOp(run, given);
    settle(st, run, 'error' in said);
    st.events.push({ tick: st.now, kind: 'fsOp', line, ...('error' in said ? said : { error: null, ...said }) });
  } else if (given.kind === 'crash') {
    const said = crashNode(st, run);
    settle(st, run, 'error' in said);
    st.events.push({ tick: st.now, kind: 'fsOp', line, ...('error' in said ? said : { error: null, ...said }) });
  } else onBlockFs(st, run, given, line);
}

/** Whatever an operation did: counted, and the cache lets go of blocks it freed (and their frames). */
function settle(st: SimState, run: FsRun, refused: boolean): void {
  run.version++;
  run.stats.operations++;
  if (refused) run.stats.operationsRefused++;
  // run.fs, not a picture taken before: under LFS a refused operation puts the picture back.
  forgetFreed(run.cache, (b) => run.fs.dataBitmap[b] === 1);
  releaseSpareFrames(st, run);
}

function checkOrBreak(st: SimState, run: FsRun, action: Fsck, line: string): void {
  const said = applyFsckOp(st, run, action);
  if (action.kind === 'fsck') logPending(st, run, line);
  settle(st, run, 'error' in said);
  st.events.push({ tick: st.now, kind: 'fsOp', line, ...('error' in said ? said : { error: null, ...said }) });
  if (!('error' in said)) repairOrCorruptReachesDisk(st, run, action, said);
}

function onBlockFs(st: SimState, run: FsRun, given: FsOp, line: string): void {
  // Paths that reach into /proc or /ledger are theirs to refuse; the rest run on the block file system.
  const mounted = mountedOp(run.fs, given);
  const broken = corruptRefusal(run) ?? (mounted.ok ? null : mounted.error);
  const action = mounted.ok ? mounted.op : given;
  const fdOp = isDescriptorOp(action);
  // Under FFS the narration says where the inode and blocks went (vsfs's lowest free needs no words).
  const where: { placed: FfsPlaced | null } = { placed: null };
  const { done, io } = broken
    ? { done: { ok: false as const, error: broken }, io: noIo }
    : applyLogged(st, run, action, line, () => {
        if (fdOp) return applyDescriptorOp(st, run, action);
        const r = applyPlaced(run.fs, run.config, action);
        where.placed = r.placed;
        return r.done;
      });
  const { placed } = where;
  logToDevice(st, run, io);
  settle(st, run, !done.ok);
  if (broken) {
    st.events.push({ tick: st.now, kind: 'fsOp', line, error: broken });
    return;
  }
  if (fdOp) {
    recordChange(st, run, action, line, done);
    st.events.push(
      done.ok && 'said' in done
        ? { tick: st.now, kind: 'fsOp', line, error: null, told: done.said }
        : { tick: st.now, kind: 'fsOp', line, error: done.ok ? null : done.error },
    );
    return;
  }
  if (given.kind === 'verify' || given.kind === 'tamper') {
    const said = applyLedgerOp(st, run, given);
    st.events.push(
      'error' in said
        ? { tick: st.now, kind: 'fsOp', line, error: said.error }
        : { tick: st.now, kind: 'fsOp', line, error: null, said: said.sentence },
    );
    return;
  }
  if (given.kind === 'sync') {
    syncNow(st, run, line);
    return;
  }
  // POSIX keeps a removed file that is still open: say so, or its descriptors would seem to read nothing.
  const kept = done.ok && 'inum' in done && given.kind === 'rm' ? keptOpen(run, done.inum) : null;
  st.events.push({
    tick: st.now,
    kind: 'fsOp',
    line,
    error: done.ok ? null : done.error,
    ...(placed && { placed }),
    ...(kept && { told: kept }),
  });
  recordChange(st, run, action, line, done);
}

/** Why an inode whose last name went is still there: open-file entries hold it; null when none does. */
function keptOpen(run: FsRun, inum: number): string | null {
  const held = run.fs.held[inum] ?? 0;
  if (held === 0) return null;
  const entries = held === 1 ? 'entry' : 'entries';
  return `the name goes, but inode ${inum} stays, held by ${held} open-file ${entries}, until the last descriptor on it closes`;
}

/** Every dirty cached block to the disk; with a journal setting, sync is a commit that takes them with it. */
function syncNow(st: SimState, run: FsRun, line: string): void {
  if (run.disk) {
    st.events.push({ tick: st.now, kind: 'fsOp', line, error: null, told: syncCommits(st, run) });
    return;
  }
  const writes: number[] = [];
  const blocks = flushAll(run.cache, writes);
  const served = queueOnDevice(st, run, null, { kind: 'write', path: '(dirty cached blocks)' }, blocks, {
    reads: [],
    writes,
  });
  st.events.push({ tick: st.now, kind: 'fsOp', line, error: null, flushed: { blocks, until: served?.end ?? st.now } });
}
