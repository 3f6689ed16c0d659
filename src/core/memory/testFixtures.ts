import { DEFAULT_MEMORY } from './defaults';
import type { MemoryConfig } from './types';

/** Pools and constraints that allow anything: for tests about something else. */
export const NO_LIMITS: Pick<MemoryConfig, 'pools' | 'constraints'> = {
  pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
  constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
};

/** The defaults with `frames` frames of 4 KiB, `slots` swap slots, no pool limits, and any overrides. */
export function testConfig(frames: number, slots: number, overrides: Partial<MemoryConfig> = {}): MemoryConfig {
  return { ...DEFAULT_MEMORY, ...NO_LIMITS, physicalBytes: frames * 4096, swapBytes: slots * 4096, ...overrides };
}
