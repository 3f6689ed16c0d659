/** The model cache's policies, by name. */
export const CACHE_POLICY_NAMES = ['LRU', 'LFU', 'GDS'] as const;
export type CachePolicyName = (typeof CACHE_POLICY_NAMES)[number];

export interface ModelCacheConfig {
  /** the most bytes of weights held in memory at once */
  budget: number;
  /** how many bytes a load moves per tick; a load takes ceil(size / bandwidth) ticks */
  bandwidth: number;
  policy: CachePolicyName;
}

/** A model's weights in memory. `lastSeq` orders recency exactly (several requests may share a tick). */
export interface CachedModel {
  key: string;
  size: number;
  loadedAt: number;
  lastTick: number;
  lastSeq: number;
  /** requests served since it was loaded, its load included */
  uses: number;
  /** GreedyDual-Size's H: the inflation when last used plus 1 GiB / size (0 under other policies) */
  credit: number;
  /** processes using it now: weights in use are pinned (AI_MODEL memory) and never evicted */
  pins: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  evictions: number;
  bytesLoaded: number;
  /** ticks spent loading, each load rounded up to a whole tick */
  loadTicks: number;
}

/** The cache as plain data: the models held in load order, and the policy's one number of its own (GDS's L). */
export interface ModelCache {
  config: ModelCacheConfig;
  entries: CachedModel[];
  used: number;
  /** GreedyDual-Size's inflation L: the credit of the last victim */
  inflation: number;
  /** requests so far: the next one's sequence number */
  requests: number;
  stats: CacheStats;
}

/** Why a policy chose its victim: the figures its rule compared. */
export type EvictReason =
  | { policy: 'LRU'; lastTick: number }
  | { policy: 'LFU'; uses: number; lastTick: number }
  | { policy: 'GDS'; credit: number; size: number };

/** One decision of a request, in order: a hit, or evictions and then a load. */
export type CacheDecision =
  | { kind: 'hit'; key: string; size: number; uses: number }
  | { kind: 'evict'; key: string; size: number; reason: EvictReason }
  | { kind: 'load'; key: string; size: number; ticks: number };

/** One cache policy as the registry lists it. */
export interface CachePolicyModule {
  name: CachePolicyName;
  label: string;
  description: string;
  /** the credit a model gets when loaded or hit (only GDS keeps one) */
  credit(entry: CachedModel, cache: ModelCache): number;
  /** the victim among the evictable entries (never empty) and why; `index` is into that list */
  victim(entries: readonly CachedModel[], cache: ModelCache): { index: number; reason: EvictReason };
  /** what the policy learns from a victim once it is gone (GDS raises its inflation to the victim's credit) */
  evicted?(victim: CachedModel, cache: ModelCache): void;
}
