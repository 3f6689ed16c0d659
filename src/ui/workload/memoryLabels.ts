import type { MemoryConfig, Placement, PoolName, ReplacementName } from '../../core/memory/types';
import type { ConstraintName } from './memoryDraft';

export const PLACEMENT_LABEL: Readonly<Record<Placement, string>> = {
  firstFit: 'first fit',
  bestFit: 'best fit',
  worstFit: 'worst fit',
  nextFit: 'next fit',
  anyFree: 'any free frame',
};

/**
 * The policies a live run may use. OPT and UNOPT are left out on purpose: they need every future reference,
 * which depends on scheduling that has not happened yet, so validation refuses them for a run (configErrors.ts).
 */
export const LIVE_REPLACEMENTS = [
  'LRU',
  'FIFO',
  'CLOCK',
  'SECOND_CHANCE',
  'AGING',
  'RANDOM',
  'MRU',
  'CLOCK_COUNTERS',
] as const satisfies readonly ReplacementName[];

export const REPLACEMENT_LABEL: Readonly<Record<ReplacementName, string>> = {
  LRU: 'LRU (least recently used)',
  FIFO: 'FIFO',
  CLOCK: 'CLOCK',
  SECOND_CHANCE: 'second chance',
  AGING: 'aging',
  OPT: 'OPT (optimal)',
  RANDOM: 'random',
  MRU: 'MRU (most recently used)',
  UNOPT: 'UNOPT (pessimal)',
  CLOCK_COUNTERS: "CLOCK with use counters (OSTEP's)",
};

export const TLB_MODE_LABEL: Readonly<Record<MemoryConfig['tlbMode'], string>> = {
  flush: 'flush on every context switch',
  asid: 'tagged by process (ASID)',
};

export const POOL_LABEL: Readonly<Record<PoolName, string>> = {
  aiModels: 'AI models',
  aiData: 'AI data',
  ledger: 'Blockchain ledger',
  chainState: 'Blockchain state',
  network: 'Network buffers',
  system: 'System',
};

export const CONSTRAINT_LABEL: Readonly<Record<ConstraintName, string>> = {
  aiTotal: 'AI total (models + data)',
  aiModels: 'AI models',
  aiData: 'AI data',
  blockchainTotal: 'Blockchain total (ledger + state)',
  ledger: 'Blockchain ledger',
  chainState: 'Blockchain state',
  system: 'System',
};

export const onOff = (b: boolean): string => (b ? 'on' : 'off');
