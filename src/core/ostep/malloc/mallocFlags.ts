import { FIT_POLICIES, LIST_ORDERS } from '../../heap/types';
import { flagTable, type OptionsOf } from '../flags';

/**
 * Operations an answer held whole may have (each is a step with a heap picture): bounds its memory. OSTEP's text
 * streamed on a command line has no such bound.
 */
export const MAX_MALLOC_OPS = 1000;

/** OSTEP vm-freespace/malloc.py's options (same names, defaults and types; -p NEXT is ours). */
export const MALLOC_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed (default %default)' },
  {
    short: '-S',
    long: '--size',
    dest: 'heapSize',
    type: 'int',
    default: 100,
    help: 'size of the heap (default %default)',
  },
  {
    short: '-b',
    long: '--baseAddr',
    dest: 'baseAddr',
    type: 'int',
    default: 1000,
    help: 'base address of heap (default %default)',
  },
  {
    short: '-H',
    long: '--headerSize',
    dest: 'headerSize',
    type: 'int',
    default: 0,
    help: 'size of the header (default %default)',
  },
  {
    short: '-a',
    long: '--alignment',
    dest: 'alignment',
    type: 'int',
    default: -1,
    help: 'align allocated units to size; -1->no align (default %default)',
  },
  {
    short: '-p',
    long: '--policy',
    dest: 'policy',
    type: 'choice',
    choices: FIT_POLICIES,
    default: 'BEST',
    mustBe: "BEST, WORST or FIRST, or NEXT (next fit; ours, not in OSTEP's malloc.py)",
    help: 'list search (BEST, WORST, FIRST; NEXT is ours) (default %default)',
  },
  {
    short: '-l',
    long: '--listOrder',
    dest: 'order',
    type: 'choice',
    choices: LIST_ORDERS,
    default: 'ADDRSORT',
    mustBe: `one of ${LIST_ORDERS.join(', ')}`,
    help: 'list order (ADDRSORT, SIZESORT+, SIZESORT-, INSERT-FRONT, INSERT-BACK) (default %default)',
  },
  { short: '-C', long: '--coalesce', dest: 'coalesce', type: 'bool', help: 'coalesce the free list?' },
  {
    short: '-n',
    long: '--numOps',
    dest: 'opsNum',
    type: 'int',
    default: 10,
    help: 'number of random ops to generate (default %default)',
  },
  {
    short: '-r',
    long: '--range',
    dest: 'opsRange',
    type: 'int',
    default: 10,
    help: 'max alloc size (default %default)',
  },
  {
    short: '-P',
    long: '--percentAlloc',
    dest: 'opsPAlloc',
    type: 'int',
    default: 50,
    help: 'percent of ops that are allocs (default %default)',
  },
  {
    short: '-A',
    long: '--allocList',
    dest: 'opsList',
    type: 'string',
    default: '',
    help: 'instead of random, list of ops (+10,-0,etc)',
  },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute answers for me' },
]);
export type MallocOptions = OptionsOf<typeof MALLOC_FLAGS>;
