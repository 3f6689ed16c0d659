import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModelCache, release, request } from './modelCache';
import { CACHE_POLICY_NAMES, type CachePolicyName } from './types';

const SIZES: Record<string, number> = { a: 3, b: 5, c: 8, d: 2, e: 13, f: 1 };
const requests = fc.array(fc.constantFrom(...Object.keys(SIZES)), { maxLength: 60 });
const budget = fc.integer({ min: 13, max: 30 });

/**
 * The reference: a list of [key, lastUse, uses] searched whole for each victim, written from the definitions
 * alone (LRU: the oldest last use; LFU: the fewest uses, then the oldest last use). Returns what each request
 * evicted.
 */
function reference(policy: 'LRU' | 'LFU', cap: number, keys: string[]): string[][] {
  let held: { key: string; last: number; uses: number }[] = [];
  return keys.map((key, now) => {
    const hit = held.find((h) => h.key === key);
    if (hit) {
      hit.last = now;
      hit.uses++;
      return [];
    }
    const evicted: string[] = [];
    while (held.reduce((n, h) => n + SIZES[h.key]!, 0) + SIZES[key]! > cap) {
      const victim = [...held].sort((x, y) => (policy === 'LFU' ? x.uses - y.uses : 0) || x.last - y.last)[0]!;
      evicted.push(victim.key);
      held = held.filter((h) => h !== victim);
    }
    held.push({ key, last: now, uses: 1 });
    return evicted;
  });
}

describe('the model cache (properties)', () => {
  it('never holds more than its budget, and a hit never loads', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CACHE_POLICY_NAMES),
        budget,
        requests,
        fc.integer({ min: 1, max: 4 }),
        (policy, cap, keys, bandwidth) => {
          const made = createModelCache({ budget: cap, bandwidth, policy });
          if (!made.ok) throw new Error(made.error.message);
          const c = made.cache;
          keys.forEach((key, tick) => {
            const loaded = c.stats.bytesLoaded;
            const held = c.entries.some((e) => e.key === key);
            const r = request(c, key, SIZES[key]!, tick);
            if (!r.ok) throw new Error(r.error.message);
            expect(r.hit).toBe(held);
            if (r.hit) {
              expect(c.stats.bytesLoaded).toBe(loaded);
              expect(r.decisions.map((d) => d.kind)).toEqual(['hit']);
            } else expect(r.loadTicks).toBe(Math.ceil(SIZES[key]! / bandwidth));
            expect(c.used).toBe(c.entries.reduce((n, e) => n + e.size, 0));
            expect(c.used).toBeLessThanOrEqual(cap);
          });
          expect(c.stats.hits + c.stats.misses).toBe(keys.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('evicts as a plain reference implementation of LRU and LFU does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CachePolicyName & ('LRU' | 'LFU')>('LRU', 'LFU'),
        budget,
        requests,
        (policy, cap, keys) => {
          const made = createModelCache({ budget: cap, bandwidth: 1, policy });
          if (!made.ok) throw new Error(made.error.message);
          const got = keys.map((key, tick) => {
            const r = request(made.cache, key, SIZES[key]!, tick);
            return r.ok ? r.decisions.flatMap((d) => (d.kind === 'evict' ? [d.key] : [])) : ['refused'];
          });
          expect(got).toEqual(reference(policy, cap, keys));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never evicts a pinned model, and a refused request or release changes nothing', () => {
    const op = fc.record({ key: fc.constantFrom(...Object.keys(SIZES)), pin: fc.boolean(), release: fc.boolean() });
    fc.assert(
      fc.property(
        fc.constantFrom(...CACHE_POLICY_NAMES),
        budget,
        fc.array(op, { maxLength: 60 }),
        (policy, cap, ops) => {
          const made = createModelCache({ budget: cap, bandwidth: 1, policy });
          if (!made.ok) throw new Error(made.error.message);
          const c = made.cache;
          ops.forEach((o, tick) => {
            const pinned = c.entries.filter((e) => e.pins > 0).map((e) => [e.key, e.pins]);
            const before = structuredClone(c);
            const r = o.release ? release(c, o.key) : request(c, o.key, SIZES[o.key]!, tick, o.pin);
            if (!r.ok) expect(c).toEqual(before);
            for (const [key] of pinned) expect(c.entries.some((e) => e.key === key)).toBe(true);
            expect(c.used).toBeLessThanOrEqual(cap);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
