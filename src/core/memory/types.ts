import type { ProcessType } from '../process/types';
import type { MmuConfig } from './mmuMode';

/**
 * Memory types with their performance tier, whether their pages are pinned (never swapped), and the
 * access latency in ticks. One tick is 0.1 ms of simulated time: tier 1 (0.1–0.3 ms) is 1–3 ticks,
 * tier 2 (1.5–2.0 ms) is 15–20 ticks, cache (0.15 ms) rounds to 2 ticks.
 */
export const MEMORY_TYPES = [
  'SYSTEM',
  'USER',
  'AI_MODEL',
  'AI_DATA',
  'BLOCKCHAIN_LEDGER',
  'BLOCKCHAIN_STATE',
  'NETWORK_BUFFER',
  'CACHE',
] as const;
export type MemoryType = (typeof MEMORY_TYPES)[number];

export interface MemoryTypeInfo {
  tier: 1 | 2;
  pinned: boolean;
  /** ticks per access */
  latency: number;
  /**
   * the pool it is counted in and limited by; null: general memory (USER and CACHE), in no pool and under no
   * constraint, bounded only by physical memory and swap like the ordinary pages of any operating system
   */
  pool: PoolName | null;
}

export const MEMORY_TYPE_INFO: Readonly<Record<MemoryType, MemoryTypeInfo>> = {
  SYSTEM: { tier: 1, pinned: true, latency: 1, pool: 'system' },
  USER: { tier: 1, pinned: false, latency: 2, pool: null },
  AI_MODEL: { tier: 1, pinned: true, latency: 2, pool: 'aiModels' },
  AI_DATA: { tier: 1, pinned: false, latency: 3, pool: 'aiData' },
  BLOCKCHAIN_LEDGER: { tier: 2, pinned: true, latency: 20, pool: 'ledger' },
  BLOCKCHAIN_STATE: { tier: 2, pinned: false, latency: 15, pool: 'chainState' },
  NETWORK_BUFFER: { tier: 1, pinned: false, latency: 1, pool: 'network' },
  CACHE: { tier: 1, pinned: false, latency: 2, pool: null },
};

/** The memory a process gets when it is admitted, by process type. */
export const MEMORY_TYPE_OF_PROCESS: Readonly<Record<ProcessType, MemoryType>> = {
  AI_INFERENCE: 'AI_MODEL',
  DATA_PROCESSING: 'AI_DATA',
  BLOCKCHAIN_VALIDATOR: 'BLOCKCHAIN_LEDGER',
  NETWORK_NODE: 'NETWORK_BUFFER',
  SYSTEM: 'SYSTEM',
  USER: 'USER',
};

export const POOL_NAMES = ['aiModels', 'aiData', 'ledger', 'chainState', 'network', 'system'] as const;
export type PoolName = (typeof POOL_NAMES)[number];

/** Fractions of physical memory, 0..1. */
export type PoolFractions = Record<PoolName, number>;

export interface MemoryConstraints {
  /** AI models + AI data together */
  aiTotal: number;
  aiModels: number;
  aiData: number;
  /** ledger + chain state together */
  blockchainTotal: number;
  ledger: number;
  chainState: number;
  system: number;
}

/** Where a process's frames go: one module each in placements/, listed in placements/registry.ts. */
export const PLACEMENTS = ['firstFit', 'bestFit', 'worstFit', 'nextFit', 'anyFree'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/**
 * Page-replacement policies, one module each in replacement/, listed in replacement/registry.ts (with whether a
 * live run may use them: OPT and UNOPT need the future references). CLOCK is the textbook rotating hand; CLOCK_COUNTERS is
 * OSTEP paging-policy.py's CLOCK (random probes over per-page use counters). MRU and UNOPT (pessimal) are
 * OSTEP's teaching foils.
 */
export const REPLACEMENTS = [
  'LRU',
  'FIFO',
  'CLOCK',
  'SECOND_CHANCE',
  'AGING',
  'OPT',
  'RANDOM',
  'MRU',
  'UNOPT',
  'CLOCK_COUNTERS',
] as const;
export type ReplacementName = (typeof REPLACEMENTS)[number];

/** The `memory` section of a scenario; every field has a default (memory/defaults.ts). */
export interface MemoryConfig {
  /** bytes of physical memory; a whole number of pages, 16 pages .. 4 GiB */
  physicalBytes: number;
  /** bytes per page: a power of two, 1 KiB .. 64 KiB */
  pageSize: number;
  /** bytes of swap space; a whole number of pages (0 = no swapping) */
  swapBytes: number;
  /** bits of a virtual address (the per-process address space is 2^bits bytes), 16..48 */
  virtualBits: number;
  pageTableLevels: 1 | 2;
  tlbEntries: number;
  /** 'flush': the TLB is emptied on every context switch; 'asid': entries are tagged by process */
  tlbMode: 'flush' | 'asid';
  placement: Placement;
  replacement: ReplacementName;
  /** ticks to bring a page in from swap, and to write a dirty page back */
  swapInTicks: number;
  swapOutTicks: number;
  /** ticks a compaction spends per page moved; the processes whose pages it moves wait for them */
  compactionTicksPerPage: number;
  /**
   * compact on its own when an allocation fails for fragmentation alone (enough frames are free in total but
   * no run of them is long enough) and compaction would make such a run
   */
  autoCompact: boolean;
  pools: PoolFractions;
  constraints: MemoryConstraints;
  copyOnWrite: boolean;
  /** alerts when external fragmentation or swap use passes these fractions */
  alerts: { fragmentation: number; swapUse: number };
  /** how the MMU translates (mmuMode.ts); absent: paging */
  mmu?: MmuConfig;
}

/** Page-table entry flags, one bit each (PTE flag byte). */
export const PTE = {
  VALID: 1,
  PRESENT: 2,
  READ: 4,
  WRITE: 8,
  EXECUTE: 16,
  DIRTY: 32,
  REFERENCED: 64,
  PINNED: 128,
} as const;

/** What the grid shows per frame. */
export const PAGE_STATES = ['FREE', 'ALLOCATED', 'SWAPPED', 'PINNED', 'DIRTY', 'SHARED'] as const;
export type PageState = (typeof PAGE_STATES)[number];

export type Access = 'read' | 'write' | 'execute';

/** The steps of one translation, for the MMU walkthrough and the narration. */
export type TranslationStep =
  | { step: 'split'; vpn: number; offset: number; pageSize: number; directory?: number; table?: number }
  | { step: 'tlb'; hit: boolean; frame?: number }
  | { step: 'walk'; level: number; index: number; entry: number | null }
  | { step: 'fault'; kind: 'invalid' | 'protection' | 'notPresent'; detail: string }
  | { step: 'swapIn'; slot: number; frame: number; victim?: { pid: number; vpn: number; dirty: boolean } }
  /** a write to a shared page gave the writer its own copy (copyOnWrite); `from` is the shared frame */
  | { step: 'copyOnWrite'; from: number; frame: number }
  /** the access completes: the page's memory type sets how many ticks it takes (its tier's latency) */
  | { step: 'physical'; frame: number; address: number; memoryType: MemoryType; tier: 1 | 2; latency: number };

export type TranslationResult =
  | { ok: true; physical: number; frame: number; tlbHit: boolean; steps: TranslationStep[]; cost: number }
  | { ok: false; fault: 'invalid' | 'protection' | 'notPresent'; steps: TranslationStep[]; cost: number };
