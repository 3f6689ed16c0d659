import type { PagingPolicyAnswers } from '../answers';
import { simulateReferences } from '../../memory/replacement/referenceString';
import { pyRound2 } from '../pyFormat';
import type { OstepScript } from '../script';
import {
  ADDRESS_FILE_TEXT,
  PAGING_POLICY_DEFAULTS,
  PAGING_POLICY_SPECS,
  pagingPolicyProblem,
  type PagingPolicyProblem,
} from './pagingPolicyCommand';
import { pagingPolicyText } from './pagingPolicyText';

const USAGE = `Usage: sim ostep paging-policy [options]      (OSTEP vm-beyondphys-policy/paging-policy.py, on our replacement policies)
  -a ADDRESSES, --addresses=ADDRESSES
                        comma-separated pages to access (integers ≥ 0); -1 (default) means randomly generate
  -f ADDRESSFILE, --addressfile=ADDRESSFILE
                        a file with one page per line (read instead of -a)
  -n NUMADDRS, --numaddrs=NUMADDRS
                        if -a is -1, the number of pages to generate (default 10)
  -p POLICY, --policy=POLICY
                        FIFO, LRU, MRU, OPT, UNOPT, RAND or CLOCK (OSTEP's CLOCK: random probes over use
                        counters, our CLOCK_COUNTERS) (default FIFO)
  -b CLOCKBITS, --clockbits=CLOCKBITS
                        for CLOCK, the most a page's use counter reaches (default 2)
  -C CACHESIZE, --cachesize=CACHESIZE
                        size of the page cache, in pages (default 3)
  -m MAXPAGE, --maxpage=MAXPAGE
                        if generating pages, they are drawn from 0 .. MAXPAGE-1 (default 10)
  -s SEED, --seed=SEED  random seed, for generated pages and for RAND and CLOCK (default 0)
  -N, --notrace         do not print the detailed trace
  -c, --compute         compute the answers`;

/** The answer from a run of the problem's reference string through our policy object. */
function answersOf(p: PagingPolicyProblem): PagingPolicyAnswers {
  // A cache at least as large as the number of distinct pages never evicts, so that many frames answer the same
  // and keep a huge -C from allocating frames that would never fill.
  const frames = Math.min(p.cacheSize, new Set(p.refs).size);
  const run = simulateReferences(p.policy, frames, p.refs, 0, {
    pythonRandom: p.random,
    clockCounterLimit: p.counterLimit,
  });
  let hits = 0;
  const steps = run.steps.map((s, i) => {
    if (s.hit) hits++;
    return { page: s.ref, hit: s.hit, evicted: s.victim, memory: s.memory, hits, misses: i + 1 - hits };
  });
  return { steps, hits: run.hits, misses: run.misses, hitRate: pyRound2((100 * run.hits) / (run.hits + run.misses)) };
}

/**
 * OSTEP's paging-policy.py: a page reference string through one replacement policy with a cache of -C pages.
 * The decisions are our policy objects' (src/core/memory/replacement); RAND and CLOCK draw from CPython's
 * random stream right after the generated reference string, as the script does.
 */
export const pagingPolicyScript: OstepScript<PagingPolicyAnswers> = {
  name: 'paging-policy',
  path: 'vm-beyondphys-policy/paging-policy.py',
  usage: USAGE,
  specs: PAGING_POLICY_SPECS,
  defaults: PAGING_POLICY_DEFAULTS,
  readsFile: { dest: 'addressfile', flag: '-f/--addressfile', into: ADDRESS_FILE_TEXT },
  solve(v) {
    const p = pagingPolicyProblem(v);
    if (typeof p === 'string') return { ok: false, error: p };
    const answer = answersOf(p);
    return { ok: true, answer, text: pagingPolicyText(p, v, answer) };
  },
};
