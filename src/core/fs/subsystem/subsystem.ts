import { deepFreeze } from '../../deepFreeze';
import { mustPcb } from '../../kernel/state';
import type { Subsystem } from '../../kernel/subsystem';
import { specsWithPaths } from '../../scenario/processSpecs';
import type { ProcessSpec, Scenario } from '../../scenario/types';
import type { FsConfig } from '../config';
import { nodeFileSystem } from '../allocation/nodeAllocation';
import { fsOpText, isDescriptorOp } from '../fsOp';
import { closeAll, emptyOpenFiles, openFileInvariants } from '../openFiles';
import { applyDescriptorOp } from './descriptorRun';
import type { FsRun } from './state';
import { fsInvariants } from '../invariants';
import { createPageCache, flushAll, forgetFreed } from '../pageCache';
import { emptyLedger } from '../ledger/stored';
import { fsRun, makeFileRequest, nextFileRequest, queueOnDevice } from './fileRequests';
import { applyFsckOp, corruptRefusal } from './fsckRun';
import { cacheMemoryInvariants, reclaimCache, releaseSpareFrames } from './cacheMemory';
import { applyLedgerOp } from './ledgerRun';
import { loadModel, modelMemoryInvariants, releaseModel } from './modelLoads';
import { servedModels, storeAtStart } from './storeAtStart';
import { createModelCache } from '../models/cache/modelCache';
import type { ModelCacheConfig } from '../models/cache/types';

/** The model cache of a validated fs section (the schema holds the cache's limits). */
function modelCacheOf(config: ModelCacheConfig) {
  const made = createModelCache({ budget: config.budget, bandwidth: config.bandwidth, policy: config.policy });
  if (!made.ok) throw new Error(`internal: a validated model cache is refused: ${made.error.message}`);
  return made.cache;
}
import { fsResult } from './result';
import { commitChanges, commitDueAt, createDiskTrack, recordChange, syncCommits } from './diskTrack';
import { crashNode, lostRequestError, repairOrCorruptReachesDisk } from './crashRun';
import { fsView } from './view';
import { sampleCaches } from './samples';
import { applyPlaced } from '../layout/nodeLayout';
import type { FfsPlaced } from '../layout/ffsPlaced';
import { createCleanedLog } from '../layout/cleanedLog';
import { DEFAULT_LOG } from '../layout/logConfig';
import { applyLogged, logPending } from './logRun';
import { logInvariants } from '../layout/logInvariants';
import { mountedOp } from '../vfs/mountedOp';

/** The page cache lets go of blocks the file system freed. */
function forgetFreedBlocks(run: FsRun): void {
  const bitmap = run.fs.dataBitmap;
  forgetFreed(run.cache, (b) => bitmap[b] === 1);
}

/** Every process spec, listed or made by a create operation. */
const specsOf = (scenario: Scenario) => specsWithPaths(scenario.processes, scenario.operations).map((s) => s.spec);

/** Each process's `field` (its file I/O, its model) by pid, for those that have one; frozen. */
function byPid<K extends 'files' | 'model' | 'user'>(
  scenario: Scenario,
  field: K,
): Readonly<Record<number, NonNullable<ProcessSpec[K]>>> {
  return deepFreeze(
    Object.fromEntries(specsOf(scenario).flatMap((p) => (p[field] ? [[p.pid, p[field]] as const] : []))),
  );
}

/**
 * The node's file system on its block device: scheduled file operations change it, and processes' file
 * requests block them (WAITING for `fs`) while the device serves them, one at a time in arrival order.
 */
/** Why an inode whose last name went is still there: open-file entries hold it; null when none does. */
function keptOpen(run: FsRun, inum: number): string | null {
  const held = run.fs.held[inum] ?? 0;
  if (held === 0) return null;
  const entries = held === 1 ? 'entry' : 'entries';
  return `the name goes, but inode ${inum} stays, held by ${held} open-file ${entries}, until the last descriptor on it closes`;
}

export const fsSubsystem: Subsystem<'fs'> = {
  name: 'fs',
  present: (scenario) => scenario.fs !== undefined,
  create: (scenario) => {
    const fs = scenario.fs as FsConfig;
    const config = deepFreeze({ ...fs, device: { ...fs.device }, cache: { ...fs.cache } });
    const picture = nodeFileSystem(config);
    // The model store is on the disk when the node starts: the journal's picture of the disk begins with it.
    const store = storeAtStart(picture, config);
    return {
      config,
      fs: picture,
      busyUntil: 0,
      queue: [],
      patterns: byPid(scenario, 'files'),
      modelOf: deepFreeze(servedModels(byPid(scenario, 'model'), store)),
      users: byPid(scenario, 'user'),
      anyFileIo: specsOf(scenario).some((p) => p.files || p.model),
      models: fs.models ? modelCacheOf(fs.models) : null,
      store,
      loads: [],
      loaded: {},
      progress: new Map(),
      open: emptyOpenFiles(),
      // The log writes every change at once (a checkpoint after each operation): its cache writes through.
      cache: createPageCache(config.cache.blocks, config.cache.writeBack && config.layout !== 'lfs'),
      cacheFrames: 0,
      ledger: emptyLedger(),
      verdict: null,
      corrupted: null,
      disk: createDiskTrack(config, picture),
      stats: {
        requests: 0,
        reads: 0,
        writes: 0,
        bytesRead: 0,
        bytesWritten: 0,
        blocksMoved: 0,
        refused: 0,
        queuedTicks: 0,
        busyTicks: 0,
        operations: 0,
        operationsRefused: 0,
        fsckRuns: 0,
        fsckFixes: 0,
        corruptions: 0,
      },
      log: config.layout === 'lfs' ? createCleanedLog(picture, config.blocks, config.lfs ?? DEFAULT_LOG) : null,
      version: 0,
      samples: [],
      sampledVersion: -1,
    };
  },
  operations: ['fs'],
  absent: 'there is no file system in this scenario',
  apply: (st, op) => {
    if (op.op !== 'fs') return false;
    const run = fsRun(st);
    run.fs.now = st.now;
    const line = fsOpText(op.action);
    // Whatever an operation did: counted, and the cache lets go of blocks it freed (and their frames).
    const settle = (refused: boolean): void => {
      run.version++;
      run.stats.operations++;
      if (refused) run.stats.operationsRefused++;
      // run.fs, not a picture taken before: under LFS a refused operation puts the picture back.
      forgetFreed(run.cache, (b) => run.fs.dataBitmap[b] === 1);
      releaseSpareFrames(st, run);
    };
    if (op.action.kind === 'fsck' || op.action.kind === 'corrupt') {
      const said = applyFsckOp(st, run, op.action);
      if (op.action.kind === 'fsck') logPending(st, run, line);
      settle('error' in said);
      st.events.push({ tick: st.now, kind: 'fsOp', line, ...('error' in said ? said : { error: null, ...said }) });
      if (!('error' in said)) repairOrCorruptReachesDisk(st, run, op.action, said);
      return false;
    }
    if (op.action.kind === 'crash') {
      const said = crashNode(st, run);
      settle('error' in said);
      st.events.push({ tick: st.now, kind: 'fsOp', line, ...('error' in said ? said : { error: null, ...said }) });
      return false;
    }
    // Paths that reach into /proc or /ledger are theirs to refuse; the rest run on the block file system.
    const mounted = mountedOp(run.fs, op.action);
    const broken = corruptRefusal(run) ?? (mounted.ok ? null : mounted.error);
    const action = mounted.ok ? mounted.op : op.action;
    const fdOp = isDescriptorOp(action);
    // Under FFS the narration says where the inode and blocks went (vsfs's lowest free needs no words).
    const where: { placed: FfsPlaced | null } = { placed: null };
    const { done } = broken
      ? { done: { ok: false as const, error: broken } }
      : applyLogged(st, run, action, line, () => {
          if (fdOp) return applyDescriptorOp(st, run, action);
          const r = applyPlaced(run.fs, run.config, action);
          where.placed = r.placed;
          return r.done;
        });
    const { placed } = where;
    settle(!done.ok);
    if (broken) {
      st.events.push({ tick: st.now, kind: 'fsOp', line, error: broken });
      return false;
    }
    if (fdOp) {
      recordChange(st, run, action, line, done);
      st.events.push(
        done.ok && 'said' in done
          ? { tick: st.now, kind: 'fsOp', line, error: null, told: done.said }
          : { tick: st.now, kind: 'fsOp', line, error: done.ok ? null : done.error },
      );
      return false;
    }
    if (op.action.kind === 'verify' || op.action.kind === 'tamper') {
      const said = applyLedgerOp(st, run, op.action);
      st.events.push(
        'error' in said
          ? { tick: st.now, kind: 'fsOp', line, error: said.error }
          : { tick: st.now, kind: 'fsOp', line, error: null, said: said.sentence },
      );
      return false;
    }
    if (op.action.kind !== 'sync') {
      // POSIX keeps a removed file that is still open: say so, or its descriptors would seem to read nothing.
      const kept = done.ok && 'inum' in done && op.action.kind === 'rm' ? keptOpen(run, done.inum) : null;
      st.events.push({
        tick: st.now,
        kind: 'fsOp',
        line,
        error: done.ok ? null : done.error,
        ...(placed && { placed }),
        ...(kept && { told: kept }),
      });
      recordChange(st, run, action, line, done);
      return false;
    }
    // With a journal setting, sync is a commit: the dirty cached blocks go to the disk as part of it.
    if (run.disk) {
      st.events.push({ tick: st.now, kind: 'fsOp', line, error: null, told: syncCommits(st, run) });
      return false;
    }
    const blocks = flushAll(run.cache);
    const served = queueOnDevice(st, run, null, { kind: 'write', path: '(dirty cached blocks)' }, blocks);
    st.events.push({
      tick: st.now,
      kind: 'fsOp',
      line,
      error: null,
      flushed: { blocks, until: served?.end ?? st.now },
    });
    return false;
  },
  decide: (st, kernel) => {
    const run = fsRun(st);
    if (commitDueAt(run) <= st.now) commitChanges(st, run);
    if (!run.anyFileIo) return false;
    let freed = false;
    for (const cpu of st.cpus) {
      if (cpu.phase !== 'run') continue;
      const p = mustPcb(st, cpu.pid as number);
      if (run.modelOf[p.pid] && loadModel(st, run, p, kernel)) freed = true;
      else if (nextFileRequest(run, p) === st.now && makeFileRequest(st, run, p, kernel)) freed = true;
    }
    return freed;
  },
  onExit: (st, p) => {
    const run = fsRun(st);
    releaseModel(run, p.pid);
    run.fs.now = st.now;
    const closed = closeAll(run.fs, run.open, p.pid);
    if (closed.length === 0) return;
    recordChange(st, run, null, `P${p.pid} ends: its descriptors close`, { ok: true });
    logPending(st, run, `P${p.pid}'s exit`);
    run.version++;
    forgetFreedBlocks(run);
    releaseSpareFrames(st, run);
    st.events.push({ tick: st.now, kind: 'descriptorsClosed', pid: p.pid, closed });
  },
  reclaim: (st, ask) => reclaimCache(st, fsRun(st), ask),
  endDecision: sampleCaches,
  logs: (st) => {
    const run = fsRun(st);
    return run.disk ? [run.samples, run.disk.log, run.disk.plans] : [run.samples];
  },
  wake: (st, p) => {
    const lost = lostRequestError(fsRun(st), p.pid);
    if (lost)
      st.events.push({
        tick: st.now,
        kind: 'fileRefused',
        pid: p.pid,
        request: lost.kind,
        path: lost.path,
        error: lost.error,
      });
    st.events.push({ tick: st.now, kind: 'fileDone', pid: p.pid });
  },
  nextEvent: (st) => {
    const run = fsRun(st);
    if (!run.anyFileIo) return commitDueAt(run);
    let next = commitDueAt(run);
    for (const cpu of st.cpus)
      if (cpu.phase === 'run') next = Math.min(next, nextFileRequest(run, mustPcb(st, cpu.pid as number)));
    return next;
  },
  // A file system corrupted on purpose breaks its own invariants until fsck repairs it; memory's stay.
  invariants: (st) => {
    const run = fsRun(st);
    return [
      ...(run.corrupted === null ? [...fsInvariants(run.fs), ...openFileInvariants(run.fs, run.open)] : []),
      ...(run.log && run.corrupted === null ? logInvariants(run.log, run.fs) : []),
      ...cacheMemoryInvariants(st, run),
      ...modelMemoryInvariants(st, run),
    ];
  },
  view: fsView,
  result: (st) => ({ fs: fsResult(st) }),
};
