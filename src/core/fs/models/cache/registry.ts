import { GDS_CACHE } from './greedyDualSize';
import { LFU_CACHE } from './lfu';
import { LRU_CACHE } from './lru';
import type { CachePolicyModule, CachePolicyName } from './types';

/** Every model-cache policy by name (the type makes a missing one a compile error). */
export const CACHE_POLICIES: Readonly<Record<CachePolicyName, CachePolicyModule>> = {
  LRU: LRU_CACHE,
  LFU: LFU_CACHE,
  GDS: GDS_CACHE,
};
