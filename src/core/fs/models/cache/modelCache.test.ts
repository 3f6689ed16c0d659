import { describe, expect, it } from 'vitest';
import { createModelCache, release, request } from './modelCache';
import { CACHE_POLICIES } from './registry';
import { CACHE_POLICY_NAMES, type CachePolicyName, type ModelCache } from './types';

const GB = 1e9;

function cache(policy: CachePolicyName, budget = 30 * GB): ModelCache {
  const made = createModelCache({ budget, bandwidth: 2 * GB, policy });
  if (!made.ok) throw new Error(made.error.message);
  return made.cache;
}

describe('the model cache', () => {
  it('lists every policy under its own name', () => {
    for (const name of CACHE_POLICY_NAMES) expect(CACHE_POLICIES[name].name).toBe(name);
  });

  it('misses, loads in whole ticks, hits without loading, and evicts the least recently used', () => {
    const c = cache('LRU');
    expect(request(c, 'llama-7b', 13.5 * GB, 0)).toEqual({
      ok: true,
      hit: false,
      decisions: [{ kind: 'load', key: 'llama-7b', size: 13.5 * GB, ticks: 7 }],
      loadTicks: 7,
      sentences: ['loaded llama-7b (13.5 GB) in 7 ticks'],
    });
    request(c, 'mistral-7b', 14.5 * GB, 10);
    expect(request(c, 'llama-7b', 13.5 * GB, 20)).toMatchObject({
      hit: true,
      loadTicks: 0,
      sentences: ['llama-7b is in memory: a hit (2 requests since it was loaded)'],
    });
    expect(request(c, 'phi-2', 5.6 * GB, 30)).toMatchObject({
      hit: false,
      sentences: [
        'evicted mistral-7b: least recently used (last requested at tick 10), 14.5 GB',
        'loaded phi-2 (5.6 GB) in 3 ticks',
      ],
    });
    expect(c.stats).toEqual({ hits: 1, misses: 3, evictions: 1, bytesLoaded: 33.6 * GB, loadTicks: 7 + 8 + 3 });
    expect(c.used).toBe(19.1 * GB);
  });

  it('under LFU evicts the model requested fewest times, the least recent of those on a tie', () => {
    const c = cache('LFU');
    request(c, 'a', 10 * GB, 0);
    request(c, 'b', 10 * GB, 1);
    request(c, 'a', 10 * GB, 2);
    request(c, 'c', 10 * GB, 3);
    expect(request(c, 'd', 10 * GB, 4)).toMatchObject({
      sentences: ['evicted b: least frequently used (1 request, last at tick 1), 10 GB', 'loaded d (10 GB) in 5 ticks'],
    });
    expect(request(c, 'e', 10 * GB, 5)).toMatchObject({
      sentences: [expect.stringMatching(/^evicted c: /), 'loaded e (10 GB) in 5 ticks'],
    });
  });

  it('under GreedyDual-Size evicts the large model first, and inflation ages the unused', () => {
    const c = cache('GDS', 20 * GB);
    request(c, 'small', 2 * GB, 0);
    request(c, 'large', 16 * GB, 1);
    const r = request(c, 'medium', 4 * GB, 2);
    expect(r).toMatchObject({
      sentences: [
        expect.stringMatching(
          /^evicted large: lowest GreedyDual-Size credit \(0\.067: the inflation when last requested, 0\.000, \+ 1 GiB \/ 16 GB\), 16 GB$/,
        ),
        'loaded medium (4 GB) in 2 ticks',
      ],
    });
    expect(c.inflation).toBeCloseTo(2 ** 30 / (16 * GB));
    // small's credit (1 GiB / 2 GB = 0.537) still beats medium's (0.067 + 1 GiB / 4 GB = 0.335): large comes back over medium.
    expect(request(c, 'large', 16 * GB, 3)).toMatchObject({
      decisions: [{ kind: 'evict', key: 'medium' }, { kind: 'load' }],
    });
  });

  it('never evicts a model a process pins, and refuses a load with no room beside the pinned ones', () => {
    const c = cache('LRU');
    request(c, 'llama-7b', 13.5 * GB, 0, true);
    request(c, 'mistral-7b', 14.5 * GB, 1, true);
    const before = structuredClone(c);
    expect(request(c, 'phi-2', 5.6 * GB, 2)).toEqual({
      ok: false,
      error: { code: 'ENOSPC', message: 'no room for phi-2 (5.6 GB): models in use pin 28 GB of the 30 GB budget' },
    });
    expect(c).toEqual(before);
    expect(release(c, 'llama-7b')).toEqual({
      ok: true,
      sentence: 'released llama-7b: no process uses it now, so it may be evicted',
    });
    expect(request(c, 'phi-2', 5.6 * GB, 3)).toMatchObject({
      sentences: [expect.stringMatching(/^evicted llama-7b: /), 'loaded phi-2 (5.6 GB) in 3 ticks'],
    });
    expect(release(c, 'llama-7b')).toEqual({
      ok: false,
      error: { code: 'ENOENT', message: 'llama-7b is not in the cache' },
    });
    expect(release(c, 'phi-2')).toEqual({
      ok: false,
      error: { code: 'EINVAL', message: 'phi-2 is not pinned: nothing to release' },
    });
  });

  it('refuses what cannot be served, changing nothing', () => {
    const c = cache('LRU');
    request(c, 'a', 10 * GB, 0);
    const before = structuredClone(c);
    expect(request(c, 'llama-70b', 140 * GB, 1)).toEqual({
      ok: false,
      error: { code: 'ENOSPC', message: 'llama-70b (140 GB) is larger than the whole cache budget (30 GB)' },
    });
    expect(request(c, 'a', 11 * GB, 1)).toMatchObject({
      error: { message: 'a is cached at 10000000000 bytes, not 11000000000' },
    });
    expect(request(c, '', 1, 1)).toMatchObject({ error: { code: 'EINVAL' } });
    expect(request(c, 'b', 0, 1)).toMatchObject({
      error: { message: 'size must be a whole number of bytes, at least 1 (it is 0)' },
    });
    expect(request(c, 'b', 1, -1)).toMatchObject({
      error: { message: 'tick must be a whole number, at least 0 (it is -1)' },
    });
    expect(c).toEqual(before);
    expect(createModelCache({ budget: 0, bandwidth: 1, policy: 'LRU' })).toMatchObject({
      error: { message: 'budget must be a whole number of bytes, at least 1 (it is 0)' },
    });
    expect(createModelCache({ budget: 1, bandwidth: 1, policy: 'MRU' as CachePolicyName })).toMatchObject({
      error: { message: 'policy must be one of LRU, LFU, GDS (it is MRU)' },
    });
  });
});
