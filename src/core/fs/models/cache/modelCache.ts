import { fail } from '../../operations';
import type { FsError } from '../../types';
import { sizeText } from '../sizeText';
import { explainDecision } from './explain';
import { CACHE_POLICIES } from './registry';
import { CACHE_POLICY_NAMES, type CacheDecision, type ModelCache, type ModelCacheConfig } from './types';

type Refusal = { ok: false; error: FsError };

/** An empty cache, or why the configuration cannot be one. */
export function createModelCache(config: ModelCacheConfig): { ok: true; cache: ModelCache } | Refusal {
  if (!Number.isSafeInteger(config.budget) || config.budget < 1)
    return fail('EINVAL', `budget must be a whole number of bytes, at least 1 (it is ${config.budget})`);
  if (!Number.isSafeInteger(config.bandwidth) || config.bandwidth < 1)
    return fail('EINVAL', `bandwidth must be a whole number of bytes per tick, at least 1 (it is ${config.bandwidth})`);
  if (!(CACHE_POLICY_NAMES as readonly string[]).includes(config.policy))
    return fail('EINVAL', `policy must be one of ${CACHE_POLICY_NAMES.join(', ')} (it is ${config.policy})`);
  return {
    ok: true,
    cache: {
      config: { ...config },
      entries: [],
      used: 0,
      inflation: 0,
      requests: 0,
      stats: { hits: 0, misses: 0, evictions: 0, bytesLoaded: 0, loadTicks: 0 },
    },
  };
}

export interface Served {
  ok: true;
  hit: boolean;
  decisions: CacheDecision[];
  /** ticks the request waits for its load (0 on a hit) */
  loadTicks: number;
  sentences: string[];
}

/**
 * A request for model `key` of `size` bytes at `tick` (an AI process starting): a hit when its weights are in
 * memory; else a miss that evicts by the policy, among the models no process pins, until the model fits, then
 * loads it in ceil(size / bandwidth) ticks. With `pin` the requester holds it until `release`. Refused, changing
 * nothing: a bad field, a model larger than the whole budget, a key held at another size, or no room left
 * beside the pinned models.
 */
export function request(cache: ModelCache, key: string, size: number, tick: number, pin = false): Served | Refusal {
  if (key.length === 0 || key.length > 255)
    return fail('EINVAL', `key must be 1–255 characters (it has ${key.length})`);
  if (!Number.isSafeInteger(size) || size < 1)
    return fail('EINVAL', `size must be a whole number of bytes, at least 1 (it is ${size})`);
  if (!Number.isSafeInteger(tick) || tick < 0)
    return fail('EINVAL', `tick must be a whole number, at least 0 (it is ${tick})`);
  const { budget } = cache.config;
  if (size > budget)
    return fail('ENOSPC', `${key} (${sizeText(size)}) is larger than the whole cache budget (${sizeText(budget)})`);
  const held = cache.entries.find((e) => e.key === key);
  if (held && held.size !== size) return fail('EINVAL', `${key} is cached at ${held.size} bytes, not ${size}`);
  const pinned = cache.entries.reduce((n, e) => n + (e.pins > 0 ? e.size : 0), 0);
  if (!held && pinned + size > budget)
    return fail(
      'ENOSPC',
      `no room for ${key} (${sizeText(size)}): models in use pin ${sizeText(pinned)} of the ${sizeText(budget)} budget`,
    );
  const policy = CACHE_POLICIES[cache.config.policy];
  const seq = cache.requests++;
  const decisions: CacheDecision[] = [];
  if (held) {
    held.uses++;
    held.lastTick = tick;
    held.lastSeq = seq;
    held.credit = policy.credit(held, cache);
    if (pin) held.pins++;
    cache.stats.hits++;
    decisions.push({ kind: 'hit', key, size, uses: held.uses });
    return { ok: true, hit: true, decisions, loadTicks: 0, sentences: decisions.map(explainDecision) };
  }
  cache.stats.misses++;
  while (cache.used + size > budget) decisions.push(evictOne(cache) as CacheDecision);
  const ticks = Math.ceil(size / cache.config.bandwidth);
  const entry = { key, size, loadedAt: tick, lastTick: tick, lastSeq: seq, uses: 1, credit: 0, pins: pin ? 1 : 0 };
  entry.credit = policy.credit(entry, cache);
  cache.entries.push(entry);
  cache.used += size;
  cache.stats.bytesLoaded += size;
  cache.stats.loadTicks += ticks;
  decisions.push({ kind: 'load', key, size, ticks });
  return { ok: true, hit: false, decisions, loadTicks: ticks, sentences: decisions.map(explainDecision) };
}

/** A process is done with model `key`: one pin fewer; with none left the model may be evicted. */
export function release(cache: ModelCache, key: string): { ok: true; sentence: string } | Refusal {
  const held = cache.entries.find((e) => e.key === key);
  if (!held) return fail('ENOENT', `${key} is not in the cache`);
  if (held.pins === 0) return fail('EINVAL', `${key} is not pinned: nothing to release`);
  held.pins--;
  return {
    ok: true,
    sentence:
      held.pins === 0
        ? `released ${key}: no process uses it now, so it may be evicted`
        : `released ${key}: ${held.pins} process${held.pins === 1 ? '' : 'es'} still use${held.pins === 1 ? 's' : ''} it`,
  };
}

/**
 * Evicts one model no process pins, chosen by the policy, other than `keep`; the decision, or null when every other
 * model is pinned. (The memory the weights are in may be short before the budget is: modelLoads.ts.)
 */
export function evictOne(cache: ModelCache, keep?: string): Extract<CacheDecision, { kind: 'evict' }> | null {
  const evictable = cache.entries.filter((e) => e.pins === 0 && e.key !== keep);
  if (evictable.length === 0) return null;
  const policy = CACHE_POLICIES[cache.config.policy];
  const { index, reason } = policy.victim(evictable, cache);
  const victim = evictable[index]!;
  cache.entries.splice(cache.entries.indexOf(victim), 1);
  policy.evicted?.(victim, cache);
  cache.used -= victim.size;
  cache.stats.evictions++;
  return { kind: 'evict', key: victim.key, size: victim.size, reason };
}

/**
 * Takes back the load of `key` that `request` just made (its weights found no memory): the entry goes, with the
 * bytes and ticks its load was counted; the miss and the evictions it made stand.
 */
export function cancelLoad(cache: ModelCache, key: string, ticks: number): void {
  const i = cache.entries.findIndex((e) => e.key === key);
  if (i < 0) return;
  const [entry] = cache.entries.splice(i, 1);
  cache.used -= entry!.size;
  cache.stats.bytesLoaded -= entry!.size;
  cache.stats.loadTicks -= ticks;
}
