import { assertNever } from '../../../assertNever';
import { sizeText } from '../sizeText';
import type { CacheDecision, EvictReason } from './types';

/** The rule that chose a victim, with its figures. */
function why(reason: EvictReason): string {
  switch (reason.policy) {
    case 'LRU':
      return `least recently used (last requested at tick ${reason.lastTick})`;
    case 'LFU':
      return `least frequently used (${reason.uses} request${reason.uses === 1 ? '' : 's'}, last at tick ${reason.lastTick})`;
    case 'GDS':
      return `lowest GreedyDual-Size credit (${reason.credit.toFixed(3)}: the inflation when last requested, ${(reason.credit - 2 ** 30 / reason.size).toFixed(3)}, + 1 GiB / ${sizeText(reason.size)})`;
    default:
      return assertNever(reason);
  }
}

/** One decision as the narration says it: "evicted llama-7b: least recently used (...), 13.5 GB". */
export function explainDecision(d: CacheDecision): string {
  switch (d.kind) {
    case 'hit':
      return `${d.key} is in memory: a hit (${d.uses} requests since it was loaded)`;
    case 'evict':
      return `evicted ${d.key}: ${why(d.reason)}, ${sizeText(d.size)}`;
    case 'load':
      return `loaded ${d.key} (${sizeText(d.size)}) in ${d.ticks} tick${d.ticks === 1 ? '' : 's'}`;
    default:
      return assertNever(d);
  }
}
