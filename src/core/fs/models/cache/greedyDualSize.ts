import type { CachePolicyModule } from './types';
import { lowest } from './lowest';

const GiB = 2 ** 30;

/**
 * GreedyDual-Size (Cao and Irani, 1997) with a cost of 1 per load: each model's credit H is the inflation L plus
 * 1 GiB / its size when loaded or hit; the victim has the lowest H and L rises to it, so models not used age
 * against newly used ones. Large models have small credits: for the same use, a large model goes first, which
 * keeps more models (and more hits) in the budget. Credits are floats; IEEE arithmetic makes them exact across
 * runs, and they decide only order.
 */
export const GDS_CACHE: CachePolicyModule = {
  name: 'GDS',
  label: 'GreedyDual-Size (size-aware)',
  description: 'evicts the model with the lowest credit, inflation + 1 GiB / size: large and long-unused models first',
  credit: (entry, cache) => cache.inflation + GiB / entry.size,
  victim(entries) {
    const index = lowest(entries, (e) => e.credit);
    const e = entries[index]!;
    return { index, reason: { policy: 'GDS', credit: e.credit, size: e.size } };
  },
  evicted(victim, cache) {
    cache.inflation = victim.credit;
  },
};
