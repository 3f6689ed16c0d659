import type { MemoryState } from './state';
import { MEMORY_TYPE_INFO, MEMORY_TYPES, POOL_NAMES, type MemoryConstraints, type PoolName } from './types';

/**
 * Where the per-pool counters (poolPages, poolAllocations, poolRefusals) keep general memory: after the pools,
 * so the counters are indexed POOL_NAMES first, then general memory.
 */
export const GENERAL = POOL_NAMES.length;

/** Pool of each memory type, by index into POOL_NAMES, or GENERAL for the types in no pool (USER, CACHE). */
export const POOL_OF_TYPE: readonly number[] = MEMORY_TYPES.map((t) => {
  const pool = MEMORY_TYPE_INFO[t].pool;
  return pool === null ? GENERAL : POOL_NAMES.indexOf(pool);
});

/** Which pools each constraint caps together, and how a refusal names what it caps. */
export const CONSTRAINTS: readonly { name: keyof MemoryConstraints; pools: readonly PoolName[]; label: string }[] = [
  { name: 'aiModels', pools: ['aiModels'], label: 'AI models' },
  { name: 'aiData', pools: ['aiData'], label: 'AI data' },
  { name: 'aiTotal', pools: ['aiModels', 'aiData'], label: 'AI models and data' },
  { name: 'ledger', pools: ['ledger'], label: 'The ledger' },
  { name: 'chainState', pools: ['chainState'], label: 'Chain state' },
  { name: 'blockchainTotal', pools: ['ledger', 'chainState'], label: 'Ledger and chain state' },
  { name: 'system', pools: ['system'], label: 'System memory' },
];

/** Frames a fraction of physical memory allows; the epsilon keeps 0.29 × 100 from flooring to 28. */
export function framesOf(m: MemoryState, fraction: number): number {
  return Math.floor(fraction * m.frames + 1e-9);
}

export function poolPagesOf(m: MemoryState, pools: readonly PoolName[]): number {
  let n = 0;
  for (const p of pools) n += m.poolPages[POOL_NAMES.indexOf(p)]!;
  return n;
}

export interface LimitRefusal {
  ok: false;
  limit: string;
  message: string;
}

/**
 * The first limit that `pages` more frames of memory type `type` would pass: the constraints that cover
 * the type (its own, then its group), then its pool. Usage is frames held now (a shared page once), so a
 * type whose pages were swapped out may allocate again; swapIn keeps the limits by replacing within the
 * pool (swap.ts). Null when all hold, and always for general memory, which has no limit of its own.
 */
export function limitRefusal(m: MemoryState, type: number, pages: number): LimitRefusal | null {
  const pool = POOL_NAMES[POOL_OF_TYPE[type]!];
  if (pool === undefined) return null;
  for (const c of CONSTRAINTS) {
    if (!c.pools.includes(pool)) continue;
    const refusal = check(
      m,
      poolPagesOf(m, c.pools) + pages,
      m.config.constraints[c.name],
      c.label,
      `constraints.${c.name}`,
    );
    if (refusal) return refusal;
  }
  return check(m, m.poolPages[POOL_OF_TYPE[type]!]! + pages, m.config.pools[pool], `The ${pool} pool`, `pools.${pool}`);
}

/**
 * By how many frames `pages` more of `type` would pass its tightest limit (0 when none), with the refusal
 * naming the first limit passed.
 */
export function limitExcess(
  m: MemoryState,
  type: number,
  pages: number,
): { excess: number; refusal: LimitRefusal | null } {
  const pool = POOL_NAMES[POOL_OF_TYPE[type]!];
  if (pool === undefined) return { excess: 0, refusal: null };
  let excess = Math.max(0, m.poolPages[POOL_OF_TYPE[type]!]! + pages - framesOf(m, m.config.pools[pool]));
  for (const c of CONSTRAINTS) {
    if (c.pools.includes(pool))
      excess = Math.max(excess, poolPagesOf(m, c.pools) + pages - framesOf(m, m.config.constraints[c.name]));
  }
  return { excess, refusal: limitRefusal(m, type, pages) };
}

function check(m: MemoryState, wouldUse: number, fraction: number, label: string, limit: string): LimitRefusal | null {
  const allowed = framesOf(m, fraction);
  if (wouldUse <= allowed) return null;
  const message =
    `${label} would use ${percent(wouldUse / m.frames)} % of memory (${wouldUse} of ${m.frames} frames); ` +
    `the limit is ${percent(fraction)} % = ${allowed} frames (${limit})`;
  return { ok: false, limit, message };
}

/** A fraction as a percentage with at most one decimal. */
export function percent(x: number): string {
  return String(Math.round(x * 1000) / 10);
}
