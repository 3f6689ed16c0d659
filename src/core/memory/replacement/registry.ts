import { assertNever } from '../../assertNever';
import type { ReplacementName } from '../types';
import { aging } from './aging';
import { clock } from './clock';
import { fifo } from './fifo';
import { lru } from './lru';
import { opt } from './opt';
import { random } from './random';
import { secondChance } from './secondChance';
import type { ReplacementPolicy } from './types';

export interface ReplacementOptions {
  /** AGING: ticks between counter shifts (default 1) */
  agingPeriod?: number;
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
      return random;
    default:
      return assertNever(name);
  }
}
