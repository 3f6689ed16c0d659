import {
  type MemoryConfig,
  type Placement,
  PLACEMENTS,
  type PoolName,
  type ReplacementName,
  REPLACEMENTS,
} from '../../core/memory/types';
import { PLACEMENT_MODULES } from '../../core/memory/placements/registry';
import { REPLACEMENT_MODULES } from '../../core/memory/replacement/registry';
import type { ConstraintName } from './memoryDraft';

export const PLACEMENT_LABEL: Readonly<Record<Placement, string>> = Object.fromEntries(
  PLACEMENTS.map((p) => [p, PLACEMENT_MODULES[p].label]),
) as Record<Placement, string>;

/** The policies a live run may use (not OPT and UNOPT, which need the future references: see their modules). */
export const LIVE_REPLACEMENTS: readonly ReplacementName[] = REPLACEMENTS.filter((r) => REPLACEMENT_MODULES[r].live);

export const REPLACEMENT_LABEL: Readonly<Record<ReplacementName, string>> = Object.fromEntries(
  REPLACEMENTS.map((r) => [r, REPLACEMENT_MODULES[r].label]),
) as Record<ReplacementName, string>;

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
