import type { PyRandomState } from '../../ostep/pyRandom';
import { frameList, listOrder, replaceInList, toBack, unlink, type FrameList } from './frameList';
import { drawIndex, policyRng, type PolicyRng } from './policyRng';
import type { ReplacementModule, ReplacementOptions, ReplacementPolicy } from './types';

/** The list holds the resident frames in insertion order (first loaded first), the order OSTEP picks from. */
export interface RandomState extends FrameList {
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
 *   insertion order, as paging-policy.py pops `memory[int(random.random() * count)]` from its list: counted and
 *   then walked to along the list, with no list built.
 */
export function randomPolicy(python?: PyRandomState): ReplacementPolicy<RandomState> {
  return {
    name: 'RANDOM',
    init: (frames, seed) => ({ ...frameList(frames), rng: policyRng(seed, python) }),
    onLoad: (s, f) => toBack(s, f),
    onAccess() {},
    onFree: (s, f) => unlink(s, f),
    onMove: (s, from, to) => replaceInList(s, from, to),
    chooseVictim(s, evictable) {
      if (s.linked.length === 0) return null;
      if (s.rng.kind === 'python') {
        const n = countEvictable(s, evictable);
        if (n === 0) return null;
        const f = nthEvictable(s, evictable, drawIndex(s.rng, n));
        return { frame: f, reason: `random pick of ${n} evictable frames (frame ${f})` };
      }
      for (let i = 0; i < PROBES; i++) {
        const f = drawIndex(s.rng, s.linked.length);
        if (s.linked[f] === 1 && evictable(f)) return { frame: f, reason: `random pick (frame ${f})` };
      }
      const candidates = residentEvictable(s, evictable);
      if (candidates.length === 0) return null;
      const f = candidates[drawIndex(s.rng, candidates.length)]!;
      return { frame: f, reason: `random pick of ${candidates.length} evictable frames (frame ${f})` };
    },
    describe: (s) => ({ kind: 'order', label: 'insertion order', frames: listOrder(s) }),
  };
}

/** The resident evictable frames by frame number (ours: the candidates' order matters only to the draw). */
function residentEvictable(s: RandomState, evictable: (frame: number) => boolean): number[] {
  const out: number[] = [];
  for (let f = 0; f < s.linked.length; f++) if (s.linked[f] === 1 && evictable(f)) out.push(f);
  return out;
}

function countEvictable(s: RandomState, evictable: (frame: number) => boolean): number {
  let n = 0;
  for (let f = s.first; f !== -1; f = s.next[f]!) if (evictable(f)) n++;
  return n;
}

/** The evictable frame at index k (from 0) in insertion order; k is below countEvictable. */
function nthEvictable(s: RandomState, evictable: (frame: number) => boolean, k: number): number {
  let f = s.first;
  for (let seen = evictable(f) ? 0 : -1; seen < k;) {
    f = s.next[f]!;
    if (evictable(f)) seen++;
  }
  return f;
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
