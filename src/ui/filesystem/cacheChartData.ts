import type { CacheSample } from '../../core/index';
import { lastPerTick } from '../memory/lastPerTick';

/**
 * A point of a cache's chart: what it holds at that tick (blocks for the page cache, bytes for the model cache),
 * and the hits and misses since the point before.
 */
export interface CachePoint {
  tick: number;
  held: number;
  hits: number;
  misses: number;
}

/**
 * Totals so far, one per tick, as chart points: the samples keep running totals, and a bar is what happened
 * between two points (a burst of misses is a tall bar, a warm cache a run of hits).
 */
function sinceLast(totals: readonly CachePoint[]): CachePoint[] {
  return totals.map((t, i) => ({
    ...t,
    hits: t.hits - (totals[i - 1]?.hits ?? 0),
    misses: t.misses - (totals[i - 1]?.misses ?? 0),
  }));
}

export function pageCachePoints(samples: readonly CacheSample[]): CachePoint[] {
  return sinceLast(lastPerTick(samples).map(({ tick, held, hits, misses }) => ({ tick, held, hits, misses })));
}

/** The model cache's points, where there is one: its bytes held, and its requests that hit or missed. */
export function modelCachePoints(samples: readonly CacheSample[]): CachePoint[] {
  return sinceLast(
    lastPerTick(samples).flatMap(({ tick, models: m }) =>
      m ? [{ tick, held: m.used, hits: m.hits, misses: m.misses }] : [],
    ),
  );
}
