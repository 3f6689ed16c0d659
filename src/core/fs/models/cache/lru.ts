import type { CachePolicyModule } from './types';
import { lowest } from './lowest';

/** LRU: evicts the model requested longest ago. */
export const LRU_CACHE: CachePolicyModule = {
  name: 'LRU',
  label: 'LRU (least recently used)',
  description: 'evicts the model requested longest ago',
  credit: () => 0,
  victim(entries) {
    const index = lowest(entries, () => 0);
    return { index, reason: { policy: 'LRU', lastTick: entries[index]!.lastTick } };
  },
};
