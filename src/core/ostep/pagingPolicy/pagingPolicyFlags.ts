import { flagTable, type OptionsOf } from '../flags';

/**
 * OSTEP vm-beyondphys-policy/paging-policy.py's options (same names, defaults and types: most are strings it
 * int()s later, so `-n 010` is 10, not optparse's octal 8). -p stays a string too: its names map to our
 * policies (OSTEP_POLICIES), and OSTEP refuses an unknown one only after reading the numbers.
 */
export const PAGING_POLICY_FLAGS = flagTable([
  {
    short: '-a',
    long: '--addresses',
    dest: 'addresses',
    type: 'string',
    default: '-1',
    help: 'comma-separated pages to access (integers ≥ 0); -1 (default) means randomly generate',
  },
  {
    short: '-f',
    long: '--addressfile',
    dest: 'addressfile',
    type: 'string',
    default: '',
    help: 'a file with one page per line (read instead of -a)',
  },
  {
    short: '-n',
    long: '--numaddrs',
    dest: 'numaddrs',
    type: 'string',
    default: '10',
    help: 'if -a is -1, the number of pages to generate (default %default)',
  },
  {
    short: '-p',
    long: '--policy',
    dest: 'policy',
    type: 'string',
    default: 'FIFO',
    help: "FIFO, LRU, MRU, OPT, UNOPT, RAND or CLOCK (OSTEP's CLOCK: random probes over use\ncounters, our CLOCK_COUNTERS) (default %default)",
  },
  {
    short: '-b',
    long: '--clockbits',
    dest: 'clockbits',
    type: 'int',
    default: 2,
    help: "for CLOCK, the most a page's use counter reaches (default %default)",
  },
  {
    short: '-C',
    long: '--cachesize',
    dest: 'cachesize',
    type: 'string',
    default: '3',
    help: 'size of the page cache, in pages (default %default)',
  },
  {
    short: '-m',
    long: '--maxpage',
    dest: 'maxpage',
    type: 'string',
    default: '10',
    help: 'if generating pages, they are drawn from 0 .. MAXPAGE-1 (default %default)',
  },
  {
    short: '-s',
    long: '--seed',
    dest: 'seed',
    type: 'string',
    default: '0',
    help: 'random seed, for generated pages and for RAND and CLOCK (default %default)',
  },
  { short: '-N', long: '--notrace', dest: 'notrace', type: 'bool', help: 'do not print the detailed trace' },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute the answers' },
]);
export type PagingPolicyOptions = OptionsOf<typeof PAGING_POLICY_FLAGS>;
