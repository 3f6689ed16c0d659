import { frameList, listOrder, replaceInList, toBack, unlink, type FrameList } from './frameList';
import type { ReplacementModule, ReplacementPolicy } from './types';

/** The queue runs from the oldest arrival (`first`) to the newest. */
export interface SecondChanceState extends FrameList {
  /** reference bits: set on load (the faulting access references the page) and on every access */
  referenced: Uint8Array;
}

/**
 * Second chance: a FIFO queue in which a referenced page at the front gets its bit cleared and goes to the
 * back instead of being evicted; the victim is the first evictable page found with bit 0. Non-evictable
 * pages are passed over in place. With every frame evictable it evicts exactly what CLOCK does.
 */
export const secondChance: ReplacementPolicy<SecondChanceState> = {
  name: 'SECOND_CHANCE',
  init: (frames) => ({ ...frameList(frames), referenced: new Uint8Array(frames) }),
  onLoad(s, f) {
    toBack(s, f);
    s.referenced[f] = 1;
  },
  onAccess(s, f) {
    s.referenced[f] = 1;
  },
  onFree(s, f) {
    unlink(s, f);
    s.referenced[f] = 0;
  },
  onMove(s, from, to) {
    replaceInList(s, from, to);
    s.referenced[to] = s.referenced[from]!;
    s.referenced[from] = 0;
  },
  chooseVictim(s, evictable) {
    let requeued = 0;
    // Each requeued page comes round again with bit 0, so the walk ends at one of them at the latest.
    for (let f = s.first; f !== -1;) {
      const next = s.next[f]!;
      if (!evictable(f)) {
        f = next;
        continue;
      }
      if (s.referenced[f] === 0) {
        return { frame: f, reason: `oldest page without a second chance (${requeued} sent to the back)` };
      }
      s.referenced[f] = 0;
      requeued++;
      toBack(s, f);
      f = next === -1 ? f : next;
    }
    return null;
  },
  describe: (s) => ({ kind: 'order', label: 'second-chance queue (oldest first)', frames: listOrder(s) }),
};

export const SECOND_CHANCE_MODULE: ReplacementModule = {
  name: 'SECOND_CHANCE',
  label: 'second chance',
  description: 'FIFO, but a referenced page at the front loses its bit and goes to the back instead',
  live: true,
  create: () => secondChance,
};
