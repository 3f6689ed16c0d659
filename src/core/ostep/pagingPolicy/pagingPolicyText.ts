import type { PagingPolicyAnswers } from '../answers';
import type { PagingPolicyOptions } from './pagingPolicyFlags';
import { pyBool, pyFixed2 } from '../pyFormat';
import type { PagingPolicyProblem } from './pagingPolicyCommand';

/** The ends of the memory list as OSTEP labels them, by its -p name. */
const ENDS: Readonly<Record<string, [string, string]>> = {
  FIFO: ['FirstIn', 'Lastin '],
  LRU: ['LRU', 'MRU'],
  MRU: ['LRU', 'MRU'],
};
const INSERTION_ENDS: [string, string] = ['Left ', 'Right'];

/** Python's repr of a list of ints. */
const pyList = (xs: readonly number[]): string => `[${xs.join(', ')}]`;

type Step = PagingPolicyAnswers['steps'][number];

/** What paging-policy.py prints for these flags: the arguments, then the questions or (-c) the solution. */
export function pagingPolicyText(p: PagingPolicyProblem, v: PagingPolicyOptions, a: PagingPolicyAnswers): string {
  return `${[...pagingPolicyLines(p, v, a.steps)].join('\n')}\n`;
}

/**
 * The same text line by line, made as it is printed: with -c each step's line comes from `steps` as it is taken,
 * so a long trace is never held whole.
 */
export function* pagingPolicyLines(
  p: PagingPolicyProblem,
  v: PagingPolicyOptions,
  steps: Iterable<Step>,
): Generator<string> {
  yield* [
    `ARG addresses ${v.addresses}`,
    `ARG addressfile ${v.addressfile}`,
    `ARG numaddrs ${v.numaddrs}`,
    `ARG policy ${v.policy}`,
    `ARG clockbits ${v.clockbits}`,
    `ARG cachesize ${v.cachesize}`,
    `ARG maxpage ${v.maxpage}`,
    `ARG seed ${v.seed}`,
    `ARG notrace ${pyBool(v.notrace)}`,
    '',
  ];
  yield* v.solve ? solution(v, steps) : questions(p, v);
}

function* questions(p: PagingPolicyProblem, v: PagingPolicyOptions): Generator<string> {
  yield `Assuming a replacement policy of ${v.policy}, and a cache of size ${p.cacheSize} pages,`;
  yield 'figure out whether each of the following page references hit or miss';
  yield 'in the page cache.\n';
  for (const n of p.refs) yield `Access: ${n}  Hit/Miss?  State of Memory?`;
  yield '';
}

function* solution(v: PagingPolicyOptions, steps: Iterable<Step>): Generator<string> {
  const [left, right] = ENDS[v.policy] ?? INSERTION_ENDS;
  if (!v.notrace) yield 'Solving...\n';
  let hits = 0;
  let misses = 0;
  for (const s of steps) {
    ({ hits, misses } = s);
    if (!v.notrace)
      yield `Access: ${s.page}  ${s.hit ? 'HIT ' : 'MISS'} ${left} -> ${pyList(s.memory).padStart(12)} <- ${right} Replaced:${s.evicted ?? '-'} [Hits:${s.hits} Misses:${s.misses}]`;
  }
  const rate = (100 * hits) / (hits + misses);
  yield '';
  yield `FINALSTATS hits ${hits}   misses ${misses}   hitrate ${pyFixed2(rate)}`;
  yield '';
}
