import { externalFragmentation } from '../fragmentation';
import type { SimState } from '../../kernel/state';
import type { MemoryRun } from './state';

/** Ticks between regular points of the memory graphs (access rate, swap traffic), besides each change. */
export const MEMORY_SAMPLE_TICKS = 10;

/** The memory run of a state whose scenario has memory (the subsystem is only called then). */
export function memoryRun(st: SimState): MemoryRun {
  return st.sub.memory as MemoryRun;
}

/**
 * A regular point of the memory graphs, taken at the first decision point of each MEMORY_SAMPLE_TICKS
 * interval: no decision point is added for it, so the trace does not depend on it.
 */
export function sampleRegularly(st: SimState): void {
  const run = memoryRun(st);
  if (st.now < run.nextSample) return;
  sample(st, run);
  run.nextSample = (Math.floor(st.now / MEMORY_SAMPLE_TICKS) + 1) * MEMORY_SAMPLE_TICKS;
}

export function memoryChanged(run: MemoryRun): void {
  run.version++;
}

/** Frames were taken, freed, swapped or moved: a new point of the fragmentation and swap graphs. */
export function memoryShapeChanged(st: SimState, run: MemoryRun): void {
  memoryChanged(run);
  run.shape++;
  sample(st, run);
}

/**
 * Read straight from the counters: a run samples every MEMORY_SAMPLE_TICKS, and a replay from a checkpoint as
 * often, so no fragmentation histogram or figures object is built for the five numbers a point keeps.
 */
function sample(st: SimState, run: MemoryRun): void {
  const mem = run.memory;
  const c = mem.counters;
  // Appended, never rewritten: frames send samples as an append-only patch, like the Gantt segments.
  run.samples.push({
    tick: st.now,
    external: externalFragmentation(mem),
    freeFrames: mem.free,
    swapUsed: mem.swap.used,
    pageFaults: c.pageFaults,
    swapIns: c.swapIns,
    swapOuts: c.swapOuts,
    translations: c.translations,
  });
}
