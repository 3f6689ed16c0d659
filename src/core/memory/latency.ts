import { LATENCY } from './physical';
import { GENERAL, POOL_OF_TYPE } from './pools';
import type { MemoryState } from './state';

/** A pool's share of the references: how many reached its pages and the ticks they took. */
export interface PoolReferences {
  references: number;
  /** the sum of each reference's memory-type latency (ticks; one tick = 0.1 ms) */
  latencyTicks: number;
  /** latencyTicks ÷ references, unrounded (0 before its first reference) */
  averageLatency: number;
}

/**
 * References by pool (POOL_NAMES order, then general memory at GENERAL), from the per-type counts: every page of a
 * type costs its latency.
 */
export function poolReferences(m: MemoryState): PoolReferences[] {
  const out = Array.from({ length: GENERAL + 1 }, () => ({ references: 0, latencyTicks: 0, averageLatency: 0 }));
  m.typeRefs.forEach((refs, type) => {
    const pool = out[POOL_OF_TYPE[type] ?? -1];
    if (!pool) return;
    pool.references += refs;
    pool.latencyTicks += refs * (LATENCY[type] ?? 0);
  });
  for (const p of out) p.averageLatency = p.references === 0 ? 0 : p.latencyTicks / p.references;
  return out;
}
