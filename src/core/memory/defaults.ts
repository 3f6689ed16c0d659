import type { MemoryConfig } from './types';

const KiB = 1024;
const GiB = 1024 ** 3;

/** Lesson-sized defaults: 64 frames of 4 KiB and 128 swap slots, small enough to see every frame. */
export const DEFAULT_MEMORY: Readonly<MemoryConfig> = Object.freeze({
  physicalBytes: 64 * 4 * KiB,
  pageSize: 4 * KiB,
  swapBytes: 128 * 4 * KiB,
  virtualBits: 32,
  pageTableLevels: 1,
  tlbEntries: 16,
  tlbMode: 'flush',
  placement: 'firstFit',
  replacement: 'LRU',
  swapInTicks: 20,
  swapOutTicks: 20,
  compactionTicksPerPage: 1,
  autoCompact: false,
  pools: Object.freeze({ aiModels: 0.25, aiData: 0.33, ledger: 0.17, chainState: 0.13, network: 0.1, system: 0.05 }),
  constraints: Object.freeze({
    aiTotal: 0.6,
    aiModels: 0.24,
    aiData: 0.36,
    blockchainTotal: 0.3,
    ledger: 0.18,
    chainState: 0.12,
    system: 0.1,
  }),
  copyOnWrite: false,
  alerts: Object.freeze({ fragmentation: 0.5, swapUse: 0.8 }),
}) as MemoryConfig;

/** What a MemoryConfig may hold; memoryConfigErrors (configErrors.ts) names these in its refusals. */
export const memoryLimits = Object.freeze({
  /** fewer frames than this leaves nothing to show */
  minPhysicalPages: 16,
  /** 1,048,576 frames of 4 KiB: the design's node gives one model 2 GiB */
  maxPhysicalBytes: 4 * GiB,
  /** 4 GiB of 4 KiB pages (or 1 GiB of 1 KiB pages): the frame table, the grid and checkpoints stay fast */
  maxFrames: 1_048_576,
  minPageSize: KiB,
  maxPageSize: 64 * KiB,
  maxSwapBytes: 4 * GiB,
  minTlbEntries: 0,
  /** a fully associative TLB is searched entry by entry on a miss */
  maxTlbEntries: 4096,
  minVirtualBits: 16,
  maxVirtualBits: 48,
  /** swap and compaction costs, ticks (one tick = 0.1 ms) */
  maxTicks: 1_000_000,
});
