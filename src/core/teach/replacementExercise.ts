import { nextFloat, nextInt, seedRng } from '../kernel/rng';
import { simulateReferences, type ReferenceStep } from '../memory/replacement/referenceString';
import type { ReplacementName } from '../memory/types';
import { distinctPicks, exerciseId, pickOne } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, Question } from './types';

export interface ReplacementParams {
  policy: ReplacementName;
  frames: number;
  refs: number[];
  /** reference positions (0-based) at which to ask for the victim */
  asks: number[];
}

/** Policies a student can work by hand (RANDOM cannot be predicted; AGING needs its counters). */
const POLICIES: Readonly<Record<Difficulty, ReplacementName[]>> = {
  1: ['FIFO', 'LRU'],
  2: ['FIFO', 'LRU', 'OPT'],
  3: ['FIFO', 'LRU', 'OPT', 'CLOCK'],
};
const SIZE: Readonly<Record<Difficulty, { frames: number; length: number; pages: number; asks: number }>> = {
  1: { frames: 3, length: 8, pages: 5, asks: 2 },
  2: { frames: 3, length: 12, pages: 6, asks: 3 },
  3: { frames: 4, length: 15, pages: 7, asks: 4 },
};

/**
 * Pages 1..pages with some locality: a quarter of references repeat one of the last three. The asked
 * positions are all but one where the policy evicts (the real run says where) plus one drawn from the
 * rest after the frames could have filled, so "none" is sometimes right but not the safe guess.
 */
export function replacementParams(seed: number, difficulty: Difficulty): ReplacementParams {
  const rng = seedRng((seed ^ 0x2e91ace) >>> 0);
  const size = SIZE[difficulty];
  const policy = pickOne(rng, POLICIES[difficulty]);
  const refs: number[] = [];
  for (let i = 0; i < size.length; i++) {
    const recent = refs.slice(-3);
    const near = recent.length > 0 && nextFloat(rng) < 0.25;
    refs.push(near ? pickOne(rng, recent) : 1 + nextInt(rng, size.pages));
  }
  const steps = simulateReferences(policy, size.frames, refs).steps;
  const evicting = steps.flatMap((s, i) => (s.victim === null ? [] : [i]));
  const others = steps.flatMap((s, i) => (s.victim === null && i >= size.frames ? [i] : []));
  const asks = distinctPicks(rng, evicting.length, size.asks - 1).map((k) => evicting[k]!);
  const extra = distinctPicks(rng, others.length, size.asks - asks.length).map((k) => others[k]!);
  return { policy, frames: size.frames, refs, asks: [...asks, ...extra].sort((a, b) => a - b) };
}

const show = (frames: readonly (number | null)[]): string =>
  `[${frames.map((p) => (p === null ? '–' : String(p))).join(' ')}]`;

/** One sentence per reference, from the real policy's step. */
export function describeReference(s: ReferenceStep, i: number): string {
  const head = `Reference ${i + 1}, page ${s.ref}:`;
  if (s.hit) return `${head} hit (already in frame ${s.frame}); frames ${show(s.frames)}.`;
  const how =
    s.victim === null
      ? `a miss, ${s.reason ?? 'a free frame is used'}`
      : `a miss; evict page ${s.victim} (${s.reason ?? 'the policy’s choice'})`;
  return `${head} ${how}; frames ${show(s.frames)}.`;
}

const POLICY_TEXT: Readonly<Partial<Record<ReplacementName, string>>> = {
  FIFO: 'FIFO (evict the page loaded longest ago)',
  LRU: 'LRU (evict the page used longest ago)',
  OPT: 'OPT (evict the page used furthest in the future, or never again; among pages never used again, the one loaded most recently)',
  CLOCK:
    'CLOCK (a page’s reference bit is set when it is loaded or used; a hand, starting at frame 0, sweeps the frames in order clearing set bits and evicts the first page whose bit is clear, then rests on the next frame)',
};

/** The exercise for explicit givens; every answer is read off simulateReferences, the core's own policies. */
export function replacementExercise(spec: ExerciseSpec, p: ReplacementParams): Exercise {
  const run = simulateReferences(p.policy, p.frames, p.refs);
  const lines = run.steps.map(describeReference);
  const questions: Question[] = [
    {
      id: 'faults',
      label: 'Number of page faults',
      answerType: 'integer',
      hint: 'a count',
      expected: String(run.misses),
      steps: [...lines, `So ${run.misses} of the ${p.refs.length} references fault (${run.hits} hit).`],
    },
    ...p.asks.map((i): Question => {
      const s = run.steps[i]!;
      const answer = s.victim === null ? 'none' : String(s.victim);
      const why = s.hit
        ? 'it is a hit, so nothing is evicted'
        : s.victim === null
          ? 'a free frame is used, so nothing is evicted'
          : `page ${s.victim} is evicted`;
      return {
        id: `victim-${i + 1}`,
        label: `Page evicted at reference ${i + 1} (page ${s.ref})`,
        answerType: 'page',
        hint: 'a page, or none',
        expected: answer,
        steps: [...lines.slice(0, i + 1), `So at reference ${i + 1} ${why}.`],
      };
    }),
  ];
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Page replacement: ${p.policy}`,
    intro: [
      `A process references pages in the order below. Memory has ${p.frames} frames, empty at the start; free frames fill in order (frame 0 first). On a miss with every frame full, ${POLICY_TEXT[p.policy] ?? p.policy} picks the victim.`,
      'Predict the number of page faults (every miss counts, the first loads too), and which page is evicted at the given references (none for a hit or a free frame).',
    ],
    tables: [{ caption: 'Reference string', columns: p.refs.map((_, i) => `#${i + 1}`), rows: [p.refs.map(String)] }],
    questions,
    scenario: null,
    grid: null,
  };
}

export function makeReplacementExercise(spec: ExerciseSpec): Exercise {
  return replacementExercise(spec, replacementParams(spec.seed, spec.difficulty));
}
