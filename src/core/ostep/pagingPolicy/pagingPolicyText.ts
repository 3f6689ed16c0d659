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

/** What paging-policy.py prints for these flags: the arguments, then the questions or (-c) the solution. */
export function pagingPolicyText(p: PagingPolicyProblem, v: PagingPolicyOptions, a: PagingPolicyAnswers): string {
  const args = [
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
  return `${[...args, ...(v.solve ? solution(v, a) : questions(p, v))].join('\n')}\n`;
}

function questions(p: PagingPolicyProblem, v: PagingPolicyOptions): string[] {
  return [
    `Assuming a replacement policy of ${v.policy}, and a cache of size ${p.cacheSize} pages,`,
    'figure out whether each of the following page references hit or miss',
    'in the page cache.\n',
    ...p.refs.map((n) => `Access: ${n}  Hit/Miss?  State of Memory?`),
    '',
  ];
}

function solution(v: PagingPolicyOptions, a: PagingPolicyAnswers): string[] {
  const [left, right] = ENDS[v.policy] ?? INSERTION_ENDS;
  const trace = v.notrace
    ? []
    : [
        'Solving...\n',
        ...a.steps.map(
          (s) =>
            `Access: ${s.page}  ${s.hit ? 'HIT ' : 'MISS'} ${left} -> ${pyList(s.memory).padStart(12)} <- ${right} Replaced:${s.evicted ?? '-'} [Hits:${s.hits} Misses:${s.misses}]`,
        ),
      ];
  const rate = (100 * a.hits) / (a.hits + a.misses);
  return [...trace, '', `FINALSTATS hits ${a.hits}   misses ${a.misses}   hitrate ${pyFixed2(rate)}`, ''];
}
