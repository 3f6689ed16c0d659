import type { PagingPolicyAnswers } from '../answers';
import type { PagingPolicyOptions } from './pagingPolicyFlags';
import { pyBool, pyFixed2 } from '../pyFormat';
import type { PagingPolicyProblem } from './pagingPolicyCommand';
import { asciiWriter, partsText, type TextPart } from '../textParts';
import { residentList } from './residentList';

/** The ends of the memory list as OSTEP labels them, by its -p name. */
const ENDS: Readonly<Record<string, [string, string]>> = {
  FIFO: ['FirstIn', 'Lastin '],
  LRU: ['LRU', 'MRU'],
  MRU: ['LRU', 'MRU'],
};
const INSERTION_ENDS: [string, string] = ['Left ', 'Right'];

/** The policies whose list moves a page that hits to its most recent end (paging-policy.py's own test). */
const MOVES_ON_HIT = new Set(['LRU', 'MRU']);

/** What a line of the trace says about a step: the answer's step without the resident list, which the text keeps. */
export type PagingPolicyStep = Omit<PagingPolicyAnswers['steps'][number], 'memory'>;

/** What paging-policy.py prints for these flags: the arguments, then the questions or (-c) the solution. */
export function pagingPolicyText(p: PagingPolicyProblem, v: PagingPolicyOptions, a: PagingPolicyAnswers): string {
  return partsText(pagingPolicyLines(p, v, a.steps));
}

/**
 * The same text as it is made: with -c each step's line comes from `steps` as it is taken, written into chunks of
 * bytes, so a long trace is never held whole nor built a string per line.
 */
export function* pagingPolicyLines(
  p: PagingPolicyProblem,
  v: PagingPolicyOptions,
  steps: Iterable<PagingPolicyStep>,
): Generator<TextPart> {
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

function* solution(v: PagingPolicyOptions, steps: Iterable<PagingPolicyStep>): Generator<TextPart> {
  const [left, right] = ENDS[v.policy] ?? INSERTION_ENDS;
  const movesOnHit = MOVES_ON_HIT.has(v.policy);
  const memory = residentList();
  const w = asciiWriter();
  const hitLabel = `  HIT  ${left} -> `;
  const missLabel = `  MISS ${left} -> `;
  const replaced = ` <- ${right} Replaced:`;
  if (!v.notrace) yield 'Solving...\n';
  let hits = 0;
  let misses = 0;
  for (const s of steps) {
    ({ hits, misses } = s);
    if (v.notrace) continue;
    // A hit moves the page only in LRU and MRU; a miss takes the victim out, if any, and appends the page.
    const out = s.hit ? (movesOnHit ? s.page : null) : s.evicted;
    if (out !== null) memory.remove(out);
    if (!s.hit || movesOnHit) memory.append(s.page);
    w.ascii('Access: ');
    w.int(s.page);
    w.ascii(s.hit ? hitLabel : missLabel);
    memory.writeTo(w);
    w.ascii(replaced);
    if (s.evicted === null) w.ascii('-');
    else w.int(s.evicted);
    w.ascii(' [Hits:');
    w.int(s.hits);
    w.ascii(' Misses:');
    w.int(s.misses);
    w.ascii(']\n');
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  const last = w.rest();
  if (last) yield last;
  const rate = (100 * hits) / (hits + misses);
  yield '';
  yield `FINALSTATS hits ${hits}   misses ${misses}   hitrate ${pyFixed2(rate)}`;
  yield '';
}
