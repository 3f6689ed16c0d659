import type { ResourceNeeds } from '../process/types';
import type { NodeSpec, SimOptions } from './types';

/**
 * Every value a user may omit from a scenario, in one place. The schemas fill them in; nothing else should
 * repeat them. Frozen so that no caller can change a default for everyone else.
 */
export const DEFAULT_NODE: Readonly<Omit<NodeSpec, 'connections'>> & { readonly connections: readonly string[] } =
  Object.freeze({ id: 'node-0', cpus: 1, gpus: 0, connections: Object.freeze([]) });

export const DEFAULT_OPTIONS: Readonly<SimOptions> = Object.freeze({
  contextSwitchCost: 0,
  countIdleSwitches: false,
  requeueOrder: 'arrivalsFirst',
  lowerNumberIsHigherPriority: true,
  ioDevices: 0,
});

export const DEFAULT_NEEDS: Readonly<ResourceNeeds> = Object.freeze({ memoryBytes: 0, gpus: 0, networkMbps: 0 });

/** Top-level scenario fields and per-process fields that may be left out. */
export const DEFAULT_TITLE = '';
export const DEFAULT_DESCRIPTION = '';
export const DEFAULT_SEED = 1;
/** 0 is the highest priority under the default SimOptions.lowerNumberIsHigherPriority */
export const DEFAULT_PRIORITY = 0;
