import type { PyRandomState } from '../../ostep/pyRandom';
import { byLoad, loadOrder, markLoaded, moveLoaded, type LoadOrder } from './loadOrder';
import { drawIndex, policyRng, type PolicyRng } from './policyRng';
import type { ReplacementModule, ReplacementOptions, ReplacementPolicy } from './types';

export interface RandomState extends LoadOrder {
  /** the policy's own stream, so its draws do not shift other users of randomness */
  rng: PolicyRng;
}

/** Draws before falling back to counting the candidates: enough when most frames are evictable. */
const PROBES = 32;

/**
 * Random: the victim is uniform among the resident evictable frames.
 * - Seeded (ours): it probes random frames first (O(1) expected when most frames qualify); after PROBES misses
 *   it counts the candidates and picks one of them, which keeps the choice uniform and bounded.
 * - CPython's stream (`python` given, OSTEP's RAND): one draw per victim, an index into the evictable frames in
 *   insertion order, as paging-policy.py pops `memory[int(random.random() * count)]` from its list.
 */
export function randomPolicy(python?: PyRandomState): ReplacementPolicy<RandomState> {
  return {
    name: 'RANDOM',
    init: (frames, seed) => ({ ...loadOrder(frames), rng: policyRng(seed, python) }),
    onLoad: (s, f) => markLoaded(s, f),
    onAccess() {},
    onFree(s, f) {
      s.resident[f] = 0;
    },
    onMove: moveLoaded,
    chooseVictim(s, evictable) {
      const n = s.resident.length;
      if (n === 0) return null;
      if (s.rng.kind === 'seeded') {
        for (let i = 0; i < PROBES; i++) {
          const f = drawIndex(s.rng, n);
          if (s.resident[f] === 1 && evictable(f)) return { frame: f, reason: `random pick (frame ${f})` };
        }
      }
      const candidates = s.rng.kind === 'python' ? byLoad(s).filter(evictable) : residentEvictable(s, evictable);
      if (candidates.length === 0) return null;
      const f = candidates[drawIndex(s.rng, candidates.length)]!;
      return { frame: f, reason: `random pick of ${candidates.length} evictable frames (frame ${f})` };
    },
    describe: (s) => ({ kind: 'order', label: 'insertion order', frames: byLoad(s) }),
  };
}

function residentEvictable(s: LoadOrder, evictable: (frame: number) => boolean): number[] {
  const out: number[] = [];
  for (let f = 0; f < s.resident.length; f++) if (s.resident[f] === 1 && evictable(f)) out.push(f);
  return out;
}

/** RANDOM on its own seeded stream (live runs, the comparison view). */
export const random = randomPolicy();

export const RANDOM_MODULE: ReplacementModule = {
  name: 'RANDOM',
  label: 'random',
  description: 'evicts a page drawn at random',
  live: true,
  create: ({ pythonRandom }: Pick<ReplacementOptions, 'pythonRandom'>) =>
    pythonRandom ? randomPolicy(pythonRandom) : random,
};
