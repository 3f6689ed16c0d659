import { describe, expect, it } from 'vitest';
import type { CacheSample } from '../../core/index';
import { modelCachePoints, pageCachePoints } from './cacheChartData';

const sample = (tick: number, held: number, hits: number, misses: number, models: CacheSample['models'] = null) => ({
  tick,
  held,
  hits,
  misses,
  evictions: 0,
  writeBacks: 0,
  models,
});

const m = (used: number, hits: number, misses: number) => ({ used, hits, misses, evictions: 0 });

describe('the caches’ chart points', () => {
  it('keep the last sample of each tick, and make running totals into what happened since the point before', () => {
    const samples = [sample(0, 0, 0, 0), sample(3, 4, 0, 4), sample(3, 8, 0, 8), sample(7, 8, 8, 8)];
    expect(pageCachePoints(samples)).toEqual([
      { tick: 0, held: 0, hits: 0, misses: 0 },
      { tick: 3, held: 8, hits: 0, misses: 8 },
      { tick: 7, held: 8, hits: 8, misses: 0 },
    ]);
  });

  it('chart the model cache only where there is one', () => {
    expect(modelCachePoints([sample(0, 0, 0, 0)])).toEqual([]);
    expect(modelCachePoints([sample(1, 0, 0, 0, m(500, 0, 1)), sample(5, 0, 0, 0, m(500, 2, 1))])).toEqual([
      { tick: 1, held: 500, hits: 0, misses: 1 },
      { tick: 5, held: 500, hits: 2, misses: 0 },
    ]);
  });
});
