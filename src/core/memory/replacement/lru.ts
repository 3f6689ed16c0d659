import { frameList, listOrder, replaceInList, toBack, unlink, type FrameList } from './frameList';
import type { ReplacementModule, ReplacementPolicy } from './types';

/** The list runs from the least recently used frame (`first`) to the most recently used (`last`). */
export interface LruState extends FrameList {
  /** tick of each frame's last load or access, for the victim's reason */
  lastUse: Float64Array;
}

/**
 * Least recently used: every access moves the frame to the back of a linked list, and the victim is the
 * first evictable frame from the front. O(1) per access, and O(1) per victim unless pinned frames sit at
 * the least-recent end (they are skipped, not moved).
 */
export const lru: ReplacementPolicy<LruState> = {
  name: 'LRU',
  init: (frames) => ({ ...frameList(frames), lastUse: new Float64Array(frames) }),
  onLoad(s, f, tick) {
    toBack(s, f);
    s.lastUse[f] = tick;
  },
  onAccess(s, f, tick) {
    toBack(s, f);
    s.lastUse[f] = tick;
  },
  onFree: (s, f) => unlink(s, f),
  onMove(s, from, to) {
    replaceInList(s, from, to);
    s.lastUse[to] = s.lastUse[from]!;
  },
  chooseVictim(s, evictable) {
    for (let f = s.first; f !== -1; f = s.next[f]!) {
      if (evictable(f)) return { frame: f, reason: `least recently used (last used at ${s.lastUse[f]})` };
    }
    return null;
  },
  describe: (s) => ({ kind: 'order', label: 'LRU order (least recent first)', frames: listOrder(s) }),
};

export const LRU_MODULE: ReplacementModule = {
  name: 'LRU',
  label: 'LRU (least recently used)',
  description: 'evicts the page used longest ago',
  live: true,
  create: () => lru,
};
