import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cacheArrive,
  cacheHeld,
  cacheRun,
  cacheTick,
  emptyCache,
  explainCacheEvent,
  explainCacheRun,
  type CacheModel,
  type CpuCache,
} from './cacheWarmth';

const MODEL: CacheModel = { size: 100, warmRate: 2, coldRate: 1, warmupTime: 10 };
const SETS: Record<string, number> = { a: 50, b: 40, c: 30, big: 160 };
const ws = (job: string): number => SETS[job] ?? 0;

/** Runs `job` for `n` ticks on CPU 0 (arriving first), returning the rates it ran at. */
function runFor(cache: CpuCache<string>, model: CacheModel, job: string, n: number): number[] {
  cacheArrive(cache, model, 0, job, ws);
  const rates: number[] = [];
  for (let i = 0; i < n; i++) {
    rates.push(cacheRun(cache, model, 0, job).rate);
    cacheTick(cache, model, 0, job, ws);
  }
  return rates;
}

describe('cache warmth', () => {
  it('runs cold for the warm-up time, then warm (multi.py -w 10 -r 2)', () => {
    const cache = emptyCache<string>();
    const rates = runFor(cache, MODEL, 'a', 12);
    expect(rates).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]);
    expect(explainCacheRun(cacheRun(cache, MODEL, 1, 'a'))).toBe('job a runs warm on CPU 1: 2 units per tick');
  });

  it('says how long a warming job has left', () => {
    const cache = emptyCache<string>();
    runFor(cache, MODEL, 'a', 3);
    expect(explainCacheRun(cacheRun(cache, MODEL, 0, 'a'))).toBe(
      'job a runs cold on CPU 0: 1 unit per tick (its working set is warming this cache: 7 ticks to go)',
    );
  });

  it('pushes out the working set warmed longest ago, which must warm again', () => {
    const cache = emptyCache<string>();
    runFor(cache, MODEL, 'a', 10);
    runFor(cache, MODEL, 'b', 10);
    expect(cache.contents).toEqual(['b', 'a']);
    cacheArrive(cache, MODEL, 0, 'c', ws);
    const events = [];
    for (let i = 0; i < 10; i++) events.push(...cacheTick(cache, MODEL, 0, 'c', ws));
    expect(cache.contents).toEqual(['c', 'b']);
    expect(cache.warming).toEqual([{ job: 'a', left: 10 }]);
    expect(events.map(explainCacheEvent)).toEqual([
      "job c's working set is now warm in CPU 0's cache",
      "job a's working set is pushed out of CPU 0's cache by job c (120 held, the cache holds 100): it must warm again",
    ]);
  });

  it('never keeps a working set bigger than the cache: it warms and is pushed out at once', () => {
    const cache = emptyCache<string>();
    expect(runFor(cache, MODEL, 'big', 25).every((r) => r === 1)).toBe(true);
    expect(cache.contents).toEqual([]);
  });

  it('warms at once with no warm-up time', () => {
    const cache = emptyCache<string>();
    expect(runFor(cache, { ...MODEL, warmupTime: 0 }, 'a', 2)).toEqual([2, 2]);
  });

  it('reports an overflow it cannot resolve (a negative size)', () => {
    const cache = emptyCache<string>();
    const events = cacheArrive(cache, { ...MODEL, size: -1, warmupTime: 0 }, 0, 'a', ws);
    expect(events.at(-1)?.kind).toBe('overflow');
  });

  const op = fc.record({ job: fc.constantFrom('a', 'b', 'c', 'big'), ticks: fc.integer({ min: 0, max: 15 }) });
  const model = fc.record({
    size: fc.integer({ min: 0, max: 200 }),
    warmRate: fc.integer({ min: 1, max: 5 }),
    coldRate: fc.constant(1),
    warmupTime: fc.integer({ min: 0, max: 12 }),
  });

  it('holds no more than its size, and each job once, warm or warming', () => {
    fc.assert(
      fc.property(model, fc.array(op, { maxLength: 30 }), (m, ops) => {
        const cache = emptyCache<string>();
        for (const o of ops) {
          runFor(cache, m, o.job, o.ticks);
          expect(cacheHeld(cache, ws)).toBeLessThanOrEqual(m.size);
          const all = [...cache.contents, ...cache.warming.map((w) => w.job)];
          expect(new Set(all).size).toBe(all.length);
        }
      }),
    );
  });

  it('a warm tick is never slower than a cold one', () => {
    fc.assert(
      fc.property(model, fc.array(op, { maxLength: 20 }), (m, ops) => {
        const cache = emptyCache<string>();
        for (const o of ops) runFor(cache, m, o.job, o.ticks);
        for (const job of ['a', 'b', 'c', 'big']) {
          const run = cacheRun(cache, m, 0, job);
          if (run.reason.kind === 'warm') expect(run.rate).toBeGreaterThanOrEqual(m.coldRate);
          else expect(run.rate).toBe(m.coldRate);
        }
      }),
    );
  });
});
