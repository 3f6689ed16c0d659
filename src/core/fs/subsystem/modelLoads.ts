import { kernelMemory } from '../../kernel/kernelMemory';
import type { KernelCalls, KernelMemory } from '../../kernel/subsystem';
import type { SimState } from '../../kernel/state';
import type { Pcb } from '../../process/pcb';
import { cancelLoad, evictOne, release, request } from '../models/cache/modelCache';
import { explainDecision } from '../models/cache/explain';
import type { CacheDecision } from '../models/cache/types';
import type { FsError } from '../types';
import type { FsRun } from './state';
import { readSnapshot, snapshotBlocks } from './snapshotReads';
import type { ServedModel } from './storeAtStart';

/** The holder name of a model's weights in memory (the grid's label). */
export function modelHolder(name: string): string {
  return `model ${name}`;
}

/**
 * With memory management, the weights a miss loaded go into pinned AI_MODEL frames of the aiModels pool, held by
 * the kernel for every process using the model (one copy: the cache's pins count its users). The models the cache
 * evicted give their frames back first; when the pool still cannot take the weights, more unpinned models are
 * evicted by the cache's policy, and when none is left the load is taken back. Returns the frames taken and freed,
 * or why the weights cannot be in memory.
 */
function weightsIntoMemory(
  st: SimState,
  run: FsRun,
  memory: KernelMemory,
  pid: number,
  model: ServedModel,
  decisions: CacheDecision[],
): { taken: number; freed: number } | FsError {
  const cache = run.models!;
  let freed = 0;
  for (const d of decisions) if (d.kind === 'evict') freed += memory.release(st, modelHolder(d.key));
  for (;;) {
    const took = memory.take(st, modelHolder(model.name), model.bytes, 'AI_MODEL', false, pid);
    if (took.ok) return { taken: took.pages, freed };
    const more = evictOne(cache, model.name);
    if (!more) return { code: 'ENOMEM', message: `its weights cannot be in pinned memory: ${took.message}` };
    decisions.push(more);
    freed += memory.release(st, modelHolder(more.key));
  }
}

/**
 * Why a model not in the cache can never be in pinned memory now: its frames pass the aiModels pool's room (or a
 * constraint over it) even once every model no process uses gave its frames back; null when it may fit. Checked
 * before the cache evicts anything, so a hopeless load evicts nothing.
 */
function outOfPool(st: SimState, run: FsRun, memory: KernelMemory, model: ServedModel): FsError | null {
  const cache = run.models!;
  if (cache.entries.some((e) => e.key === model.name)) return null;
  const pages = Math.ceil(model.bytes / memory.pageSize(st));
  let unused = 0;
  for (const e of cache.entries) if (e.pins === 0) unused += memory.held(st, modelHolder(e.key));
  const room = memory.headroom(st, 'AI_MODEL');
  if (pages <= room.frames + unused) return null;
  const after = unused > 0 ? `, ${room.frames + unused} once every model no process uses is evicted` : '';
  return {
    code: 'ENOMEM',
    message: `its weights need ${pages} frames of pinned AI_MODEL memory; ${room.text}${after}`,
  };
}

/**
 * A running process that serves a model and has not loaded it yet asks the model cache for it now, pinned while
 * it lives. A hit costs nothing; a miss loads the weights (evicting unpinned models by the cache's policy) and the
 * process waits, WAITING, for the load: a model of the store reads its snapshot's files through the page cache and
 * the device first (snapshotReads.ts), then the weights are copied into memory. When the cache cannot take the model at all (larger than its budget, or
 * the pinned models leave no room), or memory cannot hold its weights, the process cannot serve and is killed,
 * saying why. True when its CPU was freed.
 */
export function loadModel(st: SimState, run: FsRun, p: Pcb, kernel: KernelCalls): boolean {
  const model = run.modelOf[p.pid] as ServedModel;
  const cache = run.models;
  if (!cache || run.loaded[p.pid] !== undefined) return false;
  const memory = kernelMemory(st);
  const hopeless = memory && outOfPool(st, run, memory, model);
  if (hopeless) return refuse(st, p, model, hopeless, [], kernel);
  // A model of the store not in the cache is read from its snapshot's files: each must still be there.
  const held = cache.entries.some((e) => e.key === model.name);
  const files = model.snapshot && !held ? snapshotBlocks(run, model.snapshot) : null;
  if (files && !Array.isArray(files)) return refuse(st, p, model, files, [], kernel);
  const served = request(cache, model.name, model.bytes, st.now, true);
  run.version++;
  if (!served.ok) return refuse(st, p, model, served.error, [], kernel);
  const frames = !served.hit && memory ? weightsIntoMemory(st, run, memory, p.pid, model, served.decisions) : null;
  const said = frames ? served.decisions.map(explainDecision) : served.sentences;
  if (frames && 'code' in frames) {
    cancelLoad(cache, model.name, served.loadTicks);
    return refuse(st, p, model, frames, said, kernel);
  }
  run.loaded[p.pid] = model.name;
  // The device reads what the page cache misses, then the weights are copied into memory at the cache's bandwidth.
  const read = files && model.snapshot ? readSnapshot(st, run, p.pid, model.snapshot, files) : null;
  const deviceTicks = read ? read.until - st.now : 0;
  cache.stats.loadTicks += deviceTicks;
  const ticks = deviceTicks + served.loadTicks;
  if (run.store) run.loads.push({ tick: st.now, pid: p.pid, model: model.name, hit: served.hit, read, ticks });
  st.events.push({
    tick: st.now,
    kind: 'modelLoad',
    pid: p.pid,
    model: model.name,
    hit: served.hit,
    ticks,
    said,
    failed: null,
    ...(frames && { frames }),
    ...(read && { read }),
  });
  if (ticks === 0) return false;
  kernel.block(st, p, ticks, 'fs');
  return true;
}

/** The process cannot serve its model: it is killed, saying why (with what the cache did before it gave up). */
function refuse(st: SimState, p: Pcb, model: ServedModel, failed: FsError, said: string[], kernel: KernelCalls): true {
  st.events.push({
    tick: st.now,
    kind: 'modelLoad',
    pid: p.pid,
    model: model.name,
    hit: false,
    ticks: 0,
    said,
    failed,
  });
  kernel.kill(st, p);
  return true;
}

/** A process that ended lets go of its model: the weights stay cached (and in memory), no longer pinned by it. */
export function releaseModel(run: FsRun, pid: number): void {
  const name = run.loaded[pid];
  if (name === undefined || !run.models) return;
  release(run.models, name);
  delete run.loaded[pid];
  run.version++;
}

/**
 * Broken rules of the models' weights in memory: every model the cache holds has the frames its bytes need, and a
 * model it does not hold has none.
 */
export function modelMemoryInvariants(st: SimState, run: FsRun): string[] {
  const memory = kernelMemory(st);
  if (!memory || !run.models) return [];
  const cached = new Map(run.models.entries.map((e) => [e.key, e.size]));
  const bad: string[] = [];
  for (const name of new Set([...cached.keys(), ...Object.values(run.modelOf).map((m) => m.name)])) {
    const size = cached.get(name);
    const need = size === undefined ? 0 : Math.ceil(size / memory.pageSize(st));
    const held = memory.held(st, modelHolder(name));
    if (held !== need) bad.push(`model ${name} holds ${held} frames of memory, its weights need ${need}`);
  }
  return bad;
}
