import type { PagingPolicyAnswers } from '../answers';
import { referenceSteps } from '../../memory/replacement/referenceString';
import { pyRound2 } from '../pyFormat';
import { scriptFlags, type OstepScript } from '../script';
import { pagingPolicyProblem, type PagingPolicyProblem } from './pagingPolicyCommand';
import { PAGING_POLICY_FLAGS } from './pagingPolicyFlags';
import { pagingPolicyLines, pagingPolicyText } from './pagingPolicyText';

/** The answer's steps, one at a time, from a run of the problem's reference string through our policy object. */
function* answerSteps(p: PagingPolicyProblem): Generator<PagingPolicyAnswers['steps'][number]> {
  // A cache at least as large as the number of distinct pages never evicts, so that many frames answer the same
  // and keep a huge -C from allocating frames that would never fill.
  const frames = Math.min(p.cacheSize, new Set(p.refs).size);
  let hits = 0;
  let i = 0;
  for (const s of referenceSteps(p.policy, frames, p.refs, 0, {
    pythonRandom: p.random,
    clockCounterLimit: p.counterLimit,
  })) {
    if (s.hit) hits++;
    i++;
    yield { page: s.ref, hit: s.hit, evicted: s.victim, memory: s.memory, hits, misses: i - hits };
  }
}

function answersOf(p: PagingPolicyProblem): PagingPolicyAnswers {
  const steps = [...answerSteps(p)];
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
    return { ok: true, lines: pagingPolicyLines(p, v, answerSteps(p)) };
  },
};
