import type { CacheSample } from '../../core/index';
import { lastPerTick } from '../memory/lastPerTick';

/** A point of the page-cache chart: blocks held at that tick, and the hits and misses since the point before. */
export interface PageCachePoint {
  tick: number;
  held: number;
  hits: number;
  misses: number;
}

/** A point of the model-cache chart: bytes held, and the requests that hit and missed since the point before. */
export interface ModelCachePoint {
  tick: number;
  used: number;
  hits: number;
  misses: number;
}

/**
 * The samples as chart points, one per tick: the samples keep running totals, and a bar is what happened between
 * two points (a burst of misses is a tall bar, a warm cache a run of hits).
 */
export function pageCachePoints(samples: readonly CacheSample[]): PageCachePoint[] {
  const points = lastPerTick(samples);
  return points.map((s, i) => ({
    tick: s.tick,
    held: s.held,
    hits: s.hits - (points[i - 1]?.hits ?? 0),
    misses: s.misses - (points[i - 1]?.misses ?? 0),
  }));
}

export function modelCachePoints(samples: readonly CacheSample[]): ModelCachePoint[] {
  const points = lastPerTick(samples).filter((s) => s.models !== null);
  return points.map((s, i) => {
    const m = s.models as NonNullable<CacheSample['models']>;
    const before = points[i - 1]?.models;
    return { tick: s.tick, used: m.used, hits: m.hits - (before?.hits ?? 0), misses: m.misses - (before?.misses ?? 0) };
  });
}
