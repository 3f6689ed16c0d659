import { flagTable, type OptionsOf } from '../flags';

/** OSTEP cpu-sched-lottery/lottery.py's options (same names, defaults and types). */
export const LOTTERY_FLAGS = flagTable([
  {
    short: '-s',
    long: '--seed',
    dest: 'seed',
    type: 'int',
    default: 0,
    help: 'the random seed (default %default; |SEED| < 2^32 here)',
  },
  {
    short: '-j',
    long: '--jobs',
    dest: 'jobs',
    type: 'int',
    default: 3,
    help: 'number of random jobs (default %default)',
  },
  {
    short: '-l',
    long: '--jlist',
    dest: 'jlist',
    type: 'string',
    default: '',
    help: 'instead of random jobs, run times and tickets, e.g. 10:100,20:100',
  },
  {
    short: '-m',
    long: '--maxlen',
    dest: 'maxlen',
    type: 'int',
    default: 10,
    help: 'max length of a random job (default %default; at least 2)',
  },
  {
    short: '-T',
    long: '--maxticket',
    dest: 'maxticket',
    type: 'int',
    default: 100,
    help: 'max tickets of a random job (default %default; at least 2)',
  },
  {
    short: '-q',
    long: '--quantum',
    dest: 'quantum',
    type: 'int',
    default: 1,
    help: 'length of time slice (default %default)',
  },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute the answers' },
]);
export type LotteryOptions = OptionsOf<typeof LOTTERY_FLAGS>;
