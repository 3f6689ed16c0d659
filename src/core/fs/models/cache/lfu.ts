import type { CachePolicyModule } from './types';
import { lowest } from './lowest';

/** LFU: evicts the model requested fewest times since it was loaded; the least recent of those on a tie. */
export const LFU_CACHE: CachePolicyModule = {
  name: 'LFU',
  label: 'LFU (least frequently used)',
  description: 'evicts the model requested fewest times since it was loaded',
  credit: () => 0,
  victim(entries) {
    const index = lowest(entries, (e) => e.uses);
    const e = entries[index]!;
    return { index, reason: { policy: 'LFU', uses: e.uses, lastTick: e.lastTick } };
  },
};
