import { byLoad, loadOrder, markLoaded, moveLoaded, type LoadOrder } from './loadOrder';
import type { ReplacementPolicy } from './types';

export type OptState = LoadOrder;

/**
 * Belady's optimal policy: evict the evictable frame whose page is next used farthest in the future
 * (`nextUse` = Infinity when never). Ties — in practice several pages never used again — go to the page
 * loaded most recently, as OSTEP's paging-policy.py does (it scans memory in insertion order and keeps the
 * last page whose next use is ≥ the best so far). Without `nextUse` every page counts as never used
 * again, so the same tie-break applies to all of them.
 */
export const opt: ReplacementPolicy<OptState> = {
  name: 'OPT',
  init: loadOrder,
  onLoad: (s, f) => markLoaded(s, f),
  onAccess() {},
  onFree(s, f) {
    s.resident[f] = 0;
  },
  onMove: moveLoaded,
  chooseVictim(s, evictable, nextUse) {
    let best = -1;
    let bestUse = -1;
    let ties = 0;
    for (let f = 0; f < s.resident.length; f++) {
      if (s.resident[f] === 0 || !evictable(f)) continue;
      const use = nextUse ? nextUse(f) : Infinity;
      if (use > bestUse || best === -1) {
        best = f;
        bestUse = use;
        ties = 1;
      } else if (use === bestUse) {
        ties++;
        if (s.loadSeq[f]! > s.loadSeq[best]!) best = f;
      }
    }
    if (best === -1) return null;
    const when = bestUse === Infinity ? 'never used again' : `next used ${bestUse} references ahead`;
    return { frame: best, reason: ties > 1 ? `${when} (latest loaded of ${ties} ties)` : when };
  },
  describe: (s) => ({ kind: 'order', label: 'insertion order', frames: byLoad(s) }),
};
