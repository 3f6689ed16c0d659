import type { KernelCalls } from '../../kernel/subsystem';
import type { SimState } from '../../kernel/state';
import type { Pcb } from '../../process/pcb';
import type { ProcessModel } from '../config';
import { release, request } from '../models/cache/modelCache';
import type { FsRun } from './state';

/**
 * A running process that serves a model and has not loaded it yet asks the model cache for it now, pinned while
 * it lives. A hit costs nothing; a miss loads the weights (evicting unpinned models by the cache's policy) and the
 * process waits, WAITING, for the load. When the cache cannot take the model at all (larger than its budget, or
 * the pinned models leave no room) the process cannot serve and is killed, saying why. True when its CPU was freed.
 */
export function loadModel(st: SimState, run: FsRun, p: Pcb, kernel: KernelCalls): boolean {
  const model = run.modelOf[p.pid] as ProcessModel;
  const cache = run.models;
  if (!cache || run.loaded[p.pid] !== undefined) return false;
  const served = request(cache, model.name, model.bytes, st.now, true);
  run.version++;
  if (!served.ok) {
    st.events.push({
      tick: st.now,
      kind: 'modelLoad',
      pid: p.pid,
      model: model.name,
      hit: false,
      ticks: 0,
      said: [],
      failed: served.error,
    });
    kernel.kill(st, p);
    return true;
  }
  run.loaded[p.pid] = model.name;
  st.events.push({
    tick: st.now,
    kind: 'modelLoad',
    pid: p.pid,
    model: model.name,
    hit: served.hit,
    ticks: served.loadTicks,
    said: served.sentences,
    failed: null,
  });
  if (served.loadTicks === 0) return false;
  kernel.block(st, p, served.loadTicks, 'fs');
  return true;
}

/** A process that ended lets go of its model: the weights stay cached, no longer pinned. */
export function releaseModel(run: FsRun, pid: number): void {
  const name = run.loaded[pid];
  if (name === undefined || !run.models) return;
  release(run.models, name);
  delete run.loaded[pid];
  run.version++;
}
