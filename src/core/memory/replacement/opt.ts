import type { ReplacementName } from '../types';
import { byLoad, loadOrder, markLoaded, moveLoaded, type LoadOrder } from './loadOrder';
import type { ReplacementModule, ReplacementPolicy } from './types';

export type OptState = LoadOrder;

/**
 * A policy that knows each page's next use (`nextUse` = Infinity when never) and evicts by it: OPT the farthest,
 * UNOPT the soonest. Ties — in practice only among pages never used again — follow OSTEP's paging-policy.py,
 * which scans memory in insertion order: OPT keeps the last page whose next use is ≥ the best so far (the
 * latest loaded), UNOPT the first whose next use is < the best (the earliest loaded). Without `nextUse`
 * every page counts as never used again, so only the tie-break decides.
 */
function byNextUse(name: ReplacementName, farthest: boolean): ReplacementPolicy<OptState> {
  const better = (use: number, best: number): boolean => (farthest ? use > best : use < best);
  const tieWins = (seq: number, bestSeq: number): boolean => (farthest ? seq > bestSeq : seq < bestSeq);
  return {
    name,
    init: loadOrder,
    onLoad: (s, f) => markLoaded(s, f),
    onAccess() {},
    onFree(s, f) {
      s.resident[f] = 0;
    },
    onMove: moveLoaded,
    chooseVictim(s, evictable, nextUse) {
      let best = -1;
      let bestUse = 0;
      let ties = 0;
      for (let f = 0; f < s.resident.length; f++) {
        if (s.resident[f] === 0 || !evictable(f)) continue;
        const use = nextUse ? nextUse(f) : Infinity;
        if (best === -1 || better(use, bestUse)) {
          best = f;
          bestUse = use;
          ties = 1;
        } else if (use === bestUse) {
          ties++;
          if (tieWins(s.loadSeq[f]!, s.loadSeq[best]!)) best = f;
        }
      }
      if (best === -1) return null;
      const when = bestUse === Infinity ? 'never used again' : `next used ${bestUse} references ahead`;
      return {
        frame: best,
        reason: ties > 1 ? `${when} (${farthest ? 'latest' : 'earliest'} loaded of ${ties} ties)` : when,
      };
    },
    describe: (s) => ({ kind: 'order', label: 'insertion order', frames: byLoad(s) }),
  };
}

/** Belady's optimal policy: evict the page next used farthest in the future. */
export const opt = byNextUse('OPT', true);

/** The pessimal policy (OSTEP's UNOPT): evict the page next used soonest, the worst choice OPT's knowledge allows. */
export const unopt = byNextUse('UNOPT', false);

export const OPT_MODULE: ReplacementModule = {
  name: 'OPT',
  label: 'OPT (optimal)',
  description: 'evicts the page next used farthest in the future (needs the whole reference string)',
  live: false,
  create: () => opt,
};

export const UNOPT_MODULE: ReplacementModule = {
  name: 'UNOPT',
  label: 'UNOPT (pessimal)',
  description: 'evicts the page next used soonest (needs the whole reference string)',
  live: false,
  create: () => unopt,
};
