import type { SimState } from '../../kernel/state';
import { fsRun } from './fileRequests';

/**
 * One point of the caches' charts: the page cache's blocks and its counts so far, and the model cache's bytes and
 * counts (null without one). Counts are running totals, so a chart's bar is the difference of two points.
 */
export interface CacheSample {
  tick: number;
  held: number;
  hits: number;
  misses: number;
  evictions: number;
  writeBacks: number;
  models: { used: number; hits: number; misses: number; evictions: number } | null;
}

/**
 * The last step of a decision point: a new point when the file system or its device changed since the last one
 * (a request, an operation, a shrink for memory, a load). No decision point is added for it, so the trace does
 * not depend on it.
 */
export function sampleCaches(st: SimState): void {
  const run = fsRun(st);
  if (run.sampledVersion === run.version) return;
  run.sampledVersion = run.version;
  const { cache, models } = run;
  // Appended, never rewritten: frames send samples as an append-only patch, like the memory charts'.
  run.samples.push({
    tick: st.now,
    held: cache.entries.size,
    ...cache.stats,
    models: models && {
      used: models.used,
      hits: models.stats.hits,
      misses: models.stats.misses,
      evictions: models.stats.evictions,
    },
  });
}
