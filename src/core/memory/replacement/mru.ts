import { lru, type LruState } from './lru';
import type { ReplacementModule, ReplacementPolicy } from './types';

/**
 * Most recently used (OSTEP's MRU): LRU's list, but the victim is the first evictable frame from the most
 * recently used end. Good for one big cyclic scan, where LRU evicts exactly the page needed next.
 */
export const mru: ReplacementPolicy<LruState> = {
  ...lru,
  name: 'MRU',
  chooseVictim(s, evictable) {
    for (let f = s.last; f !== -1; f = s.prev[f]!) {
      if (evictable(f)) return { frame: f, reason: `most recently used (last used at ${s.lastUse[f]})` };
    }
    return null;
  },
};

export const MRU_MODULE: ReplacementModule = {
  name: 'MRU',
  label: 'MRU (most recently used)',
  description: 'evicts the page used last (good for one big cyclic scan)',
  live: true,
  create: () => mru,
};
