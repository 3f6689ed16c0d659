import type { ReplacementName } from '../../memory/types';
import type { PagingPolicyOptions } from './pagingPolicyFlags';
import { pyRandom, pySeed, type PyRandomState } from '../pyRandom';
import { pyInt, pyIntBig } from '../pyNumber';

/** OSTEP's -p names -> our policies. OSTEP's CLOCK is CLOCK_COUNTERS here: our CLOCK is the textbook hand. */
export const OSTEP_POLICIES: Readonly<Record<string, ReplacementName>> = {
  FIFO: 'FIFO',
  LRU: 'LRU',
  MRU: 'MRU',
  OPT: 'OPT',
  UNOPT: 'UNOPT',
  RAND: 'RANDOM',
  CLOCK: 'CLOCK_COUNTERS',
};

/**
 * The most resident-page entries a trace may hold (references × the resident list's length): bounds the
 * answer's size and the run time (OPT, UNOPT and the random policies look at every resident page per miss).
 */
export const MAX_TRACE_ENTRIES = 10_000_000;

export interface PagingPolicyProblem {
  policy: ReplacementName;
  cacheSize: number;
  /** the page reference string */
  refs: number[];
  /** CPython's stream after the reference string was drawn: RAND and CLOCK continue it */
  random: PyRandomState;
  counterLimit: number;
}

/**
 * paging-policy.py's options -> the problem, or one message naming the flag and its limit. The core reads no
 * files: `fileText` is the contents of the -f file, read by whoever parsed the command line (the CLI); -f's
 * value itself is only the name OSTEP prints. A trace that is `streamed` (printed as it is made, never held
 * whole) has no bound on its size; one answered whole does.
 */
export function pagingPolicyProblem(
  v: PagingPolicyOptions,
  fileText?: string,
  trace: 'held' | 'streamed' = 'held',
): PagingPolicyProblem | string {
  const ints: Record<string, number> = {};
  for (const [dest, flag] of [
    ['numaddrs', '-n/--numaddrs'],
    ['cachesize', '-C/--cachesize'],
    ['maxpage', '-m/--maxpage'],
  ] as const) {
    const n = pyInt(v[dest]);
    if (n === undefined) return `${flag} must be an integer (got ${JSON.stringify(v[dest])})`;
    ints[dest] = n;
  }
  const seed = pyIntBig(v.seed);
  if (seed === undefined) return `-s/--seed must be an integer (got ${JSON.stringify(v.seed)})`;
  const policy = OSTEP_POLICIES[v.policy];
  if (!policy)
    return `-p/--policy must be one of ${Object.keys(OSTEP_POLICIES).join(', ')} (got ${JSON.stringify(v.policy)})`;
  const cacheSize = ints.cachesize as number;
  if (cacheSize < 1) return `-C/--cachesize must be at least 1 page (got ${cacheSize})`;
  const random = pySeed(seed);
  const refs = references(v, fileText, ints.numaddrs as number, ints.maxpage as number, random);
  if (typeof refs === 'string') return refs;
  const entries = refs.length * Math.min(cacheSize, refs.length);
  if (trace === 'held' && entries > MAX_TRACE_ENTRIES) {
    return `-C/--cachesize and the reference string: ${refs.length} references with up to ${Math.min(cacheSize, refs.length)} resident pages make a trace of ${entries} entries; at most ${MAX_TRACE_ENTRIES} when the answer is held whole (the command line prints OSTEP's text as it is made, without this limit)`;
  }
  // A counter limit below 0 behaves exactly as 0 in OSTEP (a counter < 1 means "evict"), so 0 stands for them.
  return { policy, cacheSize, refs, random, counterLimit: Math.max(0, v.clockbits) };
}

/** The reference string as OSTEP builds it: the -f file, else -a, else drawn from the seeded stream. */
function references(
  v: PagingPolicyOptions,
  text: string | undefined,
  numaddrs: number,
  maxpage: number,
  random: PyRandomState,
): number[] | string {
  if (v.addressfile !== '') {
    if (text === undefined)
      return `-f/--addressfile: the contents of ${JSON.stringify(v.addressfile)} were not given (the command line reads the file)`;
    // Python iterates a text file by lines, any of \n, \r\n or \r ending one; the last line may lack an end.
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    if (lines.length === 0)
      return `-f/--addressfile: ${JSON.stringify(v.addressfile)} holds no page numbers (one per line)`;
    return pages(
      lines,
      (i, line) =>
        // What is wrong, never the line itself: the file may be anything, of any length.
        `-f/--addressfile: line ${i + 1} is ${line.trim() === '' ? 'empty' : 'not a page number'}; each line must hold one page number (an integer ≥ 0)`,
    );
  }
  if (v.addresses !== '-1') {
    return pages(
      v.addresses.split(','),
      (i, item) =>
        `-a/--addresses: item ${i} is ${JSON.stringify(item)}; pages must be integers ≥ 0, comma-separated (e.g. -a 0,1,2,0)`,
    );
  }
  if (numaddrs < 1) return `-n/--numaddrs must be at least 1 reference (got ${numaddrs})`;
  if (numaddrs > MAX_TRACE_ENTRIES)
    return `-n/--numaddrs must be at most ${MAX_TRACE_ENTRIES} references (got ${numaddrs})`;
  if (maxpage < 0) return `-m/--maxpage must be at least 0 (got ${maxpage}); pages are numbered from 0`;
  return Array.from({ length: numaddrs }, () => Math.floor(maxpage * pyRandom(random)));
}

function pages(items: string[], bad: (i: number, item: string) => string): number[] | string {
  if (items.length > MAX_TRACE_ENTRIES)
    return `the reference string has ${items.length} pages; at most ${MAX_TRACE_ENTRIES}`;
  const out: number[] = [];
  for (const [i, item] of items.entries()) {
    const n = pyInt(item);
    if (n === undefined || n < 0) return bad(i, item);
    out.push(n);
  }
  return out;
}
