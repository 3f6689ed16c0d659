import type { PagingPolicyAnswers } from '../answers';
import { referenceOutcomes, referenceSteps, type ReferenceOutcome } from '../../memory/replacement/referenceString';
import { pyRound2 } from '../pyFormat';
import { scriptFlags, type OstepScript } from '../script';
import { pagingPolicyProblem, type PagingPolicyProblem } from './pagingPolicyCommand';
import { PAGING_POLICY_FLAGS } from './pagingPolicyFlags';
import { pagingPolicyLines, pagingPolicyText, type PagingPolicyStep } from './pagingPolicyText';

/** The problem's reference string through our policy object, as `outcomes` (referenceSteps or referenceOutcomes) runs it. */
function runOf<S>(p: PagingPolicyProblem, outcomes: (...args: Parameters<typeof referenceSteps>) => Iterable<S>) {
  // A cache at least as large as the number of distinct pages never evicts, so that many frames answer the same
  // and keep a huge -C from allocating frames that would never fill.
  const frames = Math.min(p.cacheSize, new Set(p.refs).size);
  return outcomes(p.policy, frames, p.refs, 0, { pythonRandom: p.random, clockCounterLimit: p.counterLimit });
}

/** Each step as the answer and the text number it (running counts), with what `more` adds from the run's step. */
function* counted<S extends ReferenceOutcome, M>(
  steps: Iterable<S>,
  more: (s: S) => M,
): Generator<Omit<PagingPolicyStep, 'hits' | 'misses'> & M & Pick<PagingPolicyStep, 'hits' | 'misses'>> {
  let hits = 0;
  let i = 0;
  for (const s of steps) {
    if (s.hit) hits++;
    i++;
    yield { page: s.ref, hit: s.hit, evicted: s.victim, ...more(s), hits, misses: i - hits };
  }
}

function answersOf(p: PagingPolicyProblem): PagingPolicyAnswers {
  const steps = [...counted(runOf(p, referenceSteps), (s) => ({ memory: s.memory }))];
  const hits = steps[steps.length - 1]?.hits ?? 0;
  const misses = steps.length - hits;
  return { steps, hits, misses, hitRate: pyRound2((100 * hits) / (hits + misses)) };
}

/**
 * OSTEP's paging-policy.py: a page reference string through one replacement policy with a cache of -C pages.
 * The decisions are our policy objects' (src/core/memory/replacement); RAND and CLOCK draw from CPython's
 * random stream right after the generated reference string, as the script does.
 */
export const pagingPolicyScript: OstepScript<PagingPolicyAnswers, typeof PAGING_POLICY_FLAGS> = {
  ...scriptFlags(
    {
      name: 'paging-policy',
      path: 'vm-beyondphys-policy/paging-policy.py',
      runsOn: 'on our replacement policies',
    },
    PAGING_POLICY_FLAGS,
    { width: 22, nextLineFrom: 22 },
  ),
  readsFile: 'addressfile',
  solve(v, _run, fileText) {
    const p = pagingPolicyProblem(v, fileText);
    if (typeof p === 'string') return { ok: false, error: p };
    const answer = answersOf(p);
    return { ok: true, answer, text: pagingPolicyText(p, v, answer) };
  },
  stream(v, fileText) {
    const p = pagingPolicyProblem(v, fileText, 'streamed');
    if (typeof p === 'string') return { ok: false, error: p };
    return {
      ok: true,
      lines: pagingPolicyLines(
        p,
        v,
        counted(runOf(p, referenceOutcomes), () => ({})),
      ),
    };
  },
};
