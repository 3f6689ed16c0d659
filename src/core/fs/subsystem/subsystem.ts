import { createDeviceRun } from '../device/deviceRun';
import { createBlockFaults } from '../device/blockFaults';
import { deepFreeze } from '../../deepFreeze';
import { mustPcb } from '../../kernel/state';
import type { Subsystem } from '../../kernel/subsystem';
import { specsWithPaths } from '../../scenario/processSpecs';
import type { ProcessSpec, Scenario } from '../../scenario/types';
import type { FsConfig } from '../config';
import { nodeFileSystem } from '../allocation/nodeAllocation';
import { closeAll, emptyOpenFiles, openFileInvariants } from '../openFiles';
import type { FsRun } from './state';
import { fsInvariants } from '../invariants';
import { createPageCache, forgetFreed } from '../pageCache';
import { emptyLedger } from '../ledger/stored';
import { fsRun, makeFileRequest, nextFileRequest } from './fileRequests';
import { cacheMemoryInvariants, reclaimCache, releaseSpareFrames } from './cacheMemory';
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
import { nextPick, serveDueWaiting } from './deviceQueue';
import { commitChanges, commitDueAt, createDiskTrack, recordChange } from './diskTrack';
import { lostRequestError } from './crashRun';
import { fsView } from './view';
import { applyFsAction } from './applyAction';
import { sampleCaches } from './samples';
import { createNodeLog, logPending } from './logRun';
import { journalRegion } from './journalOnDevice';
import { logInvariants } from '../layout/logInvariants';

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

export const fsSubsystem: Subsystem<'fs'> = {
  name: 'fs',
  present: (scenario) => scenario.fs !== undefined,
  create: (scenario) => {
    const fs = scenario.fs as FsConfig;
    const config = deepFreeze({ ...fs, device: { ...fs.device }, cache: { ...fs.cache } });
    const picture = nodeFileSystem(config);
    // The model store is on the disk when the node starts: the journal's picture of the disk begins with it.
    const store = storeAtStart(picture, config);
    const device = createDeviceRun(config.device, config.blocks + journalRegion(config));
    return {
      config,
      fs: picture,
      busyUntil: 0,
      queue: [],
      waiting: [],
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
      device,
      ...((config.device.checksum ?? 'none') !== 'none' && {
        faults: createBlockFaults(config.device.checksum ?? 'none'),
      }),
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
      log: createNodeLog(config, picture, device),
      version: 0,
      samples: [],
      sampledVersion: -1,
    };
  },
  operations: ['fs'],
  absent: 'there is no file system in this scenario',
  apply: (st, op) => {
    if (op.op === 'fs') applyFsAction(st, fsRun(st), op.action);
    return false;
  },
  decide: (st, kernel) => {
    const run = fsRun(st);
    serveDueWaiting(st, run);
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
    let next = Math.min(commitDueAt(run), nextPick(run));
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
