import { assertNever } from '../../assertNever';
import type { PyRandomState } from '../../ostep/pyRandom';
import type { ReplacementName } from '../types';
import { aging } from './aging';
import { clock } from './clock';
import { clockCounters } from './clockCounters';
import { fifo } from './fifo';
import { lru } from './lru';
import { mru } from './mru';
import { opt, unopt } from './opt';
import { random, randomPolicy } from './random';
import { secondChance } from './secondChance';
import type { ReplacementPolicy } from './types';

export interface ReplacementOptions {
  /** AGING: ticks between counter shifts (default 1) */
  agingPeriod?: number;
  /** CLOCK_COUNTERS: the most a page's use counter reaches (OSTEP's -b, default 2) */
  clockCounterLimit?: number;
  /**
   * RANDOM and CLOCK_COUNTERS: draw from CPython's `random`, continuing this state (copied at init, so the
   * caller's is untouched), instead of the policy's own seeded stream; the seed is then unused. This is how
   * OSTEP's paging-policy.py draws, after generating its reference string from the same stream.
   */
  pythonRandom?: PyRandomState;
}

/** The policy object for a name. Policies hold no state: it lives in the value `init` returns. */
export function replacementPolicy(name: ReplacementName, options: ReplacementOptions = {}): ReplacementPolicy {
  switch (name) {
    case 'LRU':
      return lru;
    case 'FIFO':
      return fifo;
    case 'CLOCK':
      return clock;
    case 'SECOND_CHANCE':
      return secondChance;
    case 'AGING':
      return aging(options.agingPeriod);
    case 'OPT':
      return opt;
    case 'RANDOM':
      return options.pythonRandom ? randomPolicy(options.pythonRandom) : random;
    case 'MRU':
      return mru;
    case 'UNOPT':
      return unopt;
    case 'CLOCK_COUNTERS':
      return clockCounters(options.clockCounterLimit, options.pythonRandom);
    default:
      return assertNever(name);
  }
}
