import { frameList, listOrder, replaceInList, toBack, unlink, type FrameList } from './frameList';
import type { ReplacementModule, ReplacementPolicy } from './types';

/** The list runs from the first page in (`first`) to the last. */
export interface FifoState extends FrameList {
  /** tick each frame's page was loaded, for the victim's reason */
  loadedAt: Float64Array;
}

/** First in, first out: accesses change nothing; the victim is the oldest evictable load. */
export const fifo: ReplacementPolicy<FifoState> = {
  name: 'FIFO',
  init: (frames) => ({ ...frameList(frames), loadedAt: new Float64Array(frames) }),
  onLoad(s, f, tick) {
    toBack(s, f);
    s.loadedAt[f] = tick;
  },
  onAccess() {},
  onFree: (s, f) => unlink(s, f),
  onMove(s, from, to) {
    replaceInList(s, from, to);
    s.loadedAt[to] = s.loadedAt[from]!;
  },
  chooseVictim(s, evictable) {
    for (let f = s.first; f !== -1; f = s.next[f]!) {
      if (evictable(f)) return { frame: f, reason: `first in (loaded at ${s.loadedAt[f]})` };
    }
    return null;
  },
  describe: (s) => ({ kind: 'order', label: 'FIFO order (first in first)', frames: listOrder(s) }),
};

export const FIFO_MODULE: ReplacementModule = {
  name: 'FIFO',
  label: 'FIFO',
  description: 'evicts the page loaded first',
  live: true,
  create: () => fifo,
};
