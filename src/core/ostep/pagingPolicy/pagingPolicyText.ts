import type { PagingPolicyAnswers } from '../answers';
import type { OptValues } from '../optparse';
import { pyFixed2 } from '../pyFormat';
import type { PagingPolicyProblem } from './pagingPolicyCommand';

/** The ends of the memory list as OSTEP labels them, by its -p name. */
const ENDS: Readonly<Record<string, [string, string]>> = {
  FIFO: ['FirstIn', 'Lastin '],
  LRU: ['LRU', 'MRU'],
  MRU: ['LRU', 'MRU'],
};
const INSERTION_ENDS: [string, string] = ['Left ', 'Right'];

const pyBool = (b: unknown): string => (b ? 'True' : 'False');
/** Python's repr of a list of ints. */
const pyList = (xs: readonly number[]): string => `[${xs.join(', ')}]`;

/** What paging-policy.py prints for these flags: the arguments, then the questions or (-c) the solution. */
export function pagingPolicyText(p: PagingPolicyProblem, v: OptValues, a: PagingPolicyAnswers): string {
  const args = [
    `ARG addresses ${v.addresses as string}`,
    `ARG addressfile ${v.addressfile as string}`,
    `ARG numaddrs ${v.numaddrs as string}`,
    `ARG policy ${v.policy as string}`,
    `ARG clockbits ${v.clockbits as number}`,
    `ARG cachesize ${v.cachesize as string}`,
    `ARG maxpage ${v.maxpage as string}`,
    `ARG seed ${v.seed as string}`,
    `ARG notrace ${pyBool(v.notrace)}`,
    '',
  ];
  return `${[...args, ...(v.solve ? solution(v, a) : questions(p, v))].join('\n')}\n`;
}

function questions(p: PagingPolicyProblem, v: OptValues): string[] {
  return [
    `Assuming a replacement policy of ${v.policy as string}, and a cache of size ${p.cacheSize} pages,`,
    'figure out whether each of the following page references hit or miss',
    'in the page cache.\n',
    ...p.refs.map((n) => `Access: ${n}  Hit/Miss?  State of Memory?`),
    '',
  ];
}

function solution(v: OptValues, a: PagingPolicyAnswers): string[] {
  const [left, right] = ENDS[v.policy as string] ?? INSERTION_ENDS;
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
