import type { ReplacementName } from '../types';
import { AGING_MODULE } from './aging';
import { CLOCK_MODULE } from './clock';
import { CLOCK_COUNTERS_MODULE } from './clockCounters';
import { FIFO_MODULE } from './fifo';
import { LRU_MODULE } from './lru';
import { MRU_MODULE } from './mru';
import { OPT_MODULE, UNOPT_MODULE } from './opt';
import { RANDOM_MODULE } from './random';
import { SECOND_CHANCE_MODULE } from './secondChance';
import type { ReplacementModule, ReplacementOptions, ReplacementPolicy } from './types';

/** Every page-replacement policy by name (the type makes a missing one a compile error). */
export const REPLACEMENT_MODULES: Readonly<Record<ReplacementName, ReplacementModule>> = {
  LRU: LRU_MODULE,
  FIFO: FIFO_MODULE,
  CLOCK: CLOCK_MODULE,
  SECOND_CHANCE: SECOND_CHANCE_MODULE,
  AGING: AGING_MODULE,
  OPT: OPT_MODULE,
  RANDOM: RANDOM_MODULE,
  MRU: MRU_MODULE,
  UNOPT: UNOPT_MODULE,
  CLOCK_COUNTERS: CLOCK_COUNTERS_MODULE,
};

/** The policy object for a name. Policies hold no state: it lives in the value `init` returns. */
export function replacementPolicy(name: ReplacementName, options: ReplacementOptions = {}): ReplacementPolicy {
  return REPLACEMENT_MODULES[name].create(options);
}
