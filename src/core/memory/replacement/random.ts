import { nextInt, seedRng, type RngState } from '../../kernel/rng';
import { byLoad, loadOrder, markLoaded, moveLoaded, type LoadOrder } from './loadOrder';
import type { ReplacementPolicy } from './types';

export interface RandomState extends LoadOrder {
  /** the policy's own seeded stream, so its draws do not shift other users of randomness */
  rng: RngState;
}

/** Draws before falling back to counting the candidates: enough when most frames are evictable. */
const PROBES = 32;

/**
 * Random: the victim is uniform among the resident evictable frames, drawn from a seeded PRNG. It probes
 * random frames first (O(1) expected when most frames qualify); after PROBES misses it counts the
 * candidates and picks one of them, which keeps the choice uniform and bounded.
 */
export const random: ReplacementPolicy<RandomState> = {
  name: 'RANDOM',
  init: (frames, seed) => ({ ...loadOrder(frames), rng: seedRng(seed) }),
  onLoad: (s, f) => markLoaded(s, f),
  onAccess() {},
  onFree(s, f) {
    s.resident[f] = 0;
  },
  onMove: moveLoaded,
  chooseVictim(s, evictable) {
    const n = s.resident.length;
    if (n === 0) return null;
    for (let i = 0; i < PROBES; i++) {
      const f = nextInt(s.rng, n);
      if (s.resident[f] === 1 && evictable(f)) return { frame: f, reason: `random pick (frame ${f})` };
    }
    const candidates: number[] = [];
    for (let f = 0; f < n; f++) if (s.resident[f] === 1 && evictable(f)) candidates.push(f);
    if (candidates.length === 0) return null;
    const f = candidates[nextInt(s.rng, candidates.length)]!;
    return { frame: f, reason: `random pick of ${candidates.length} evictable frames (frame ${f})` };
  },
  describe: (s) => ({ kind: 'order', label: 'insertion order', frames: byLoad(s) }),
};
