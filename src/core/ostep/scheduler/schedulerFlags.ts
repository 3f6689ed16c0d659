import { flagTable, type OptionsOf } from '../flags';

/** OSTEP cpu-sched/scheduler.py's options (same names, defaults and types). */
export const SCHEDULER_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed (default %default)' },
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
    help: 'instead of random jobs, a comma-separated list of run times (each ≥ 0, at most 6 decimals here)',
  },
  {
    short: '-m',
    long: '--maxlen',
    dest: 'maxlen',
    type: 'int',
    default: 10,
    help: 'max length of a random job (default %default)',
  },
  {
    short: '-p',
    long: '--policy',
    dest: 'policy',
    type: 'choice',
    choices: ['FIFO', 'SJF', 'RR'],
    default: 'FIFO',
    help: 'FIFO, SJF or RR (default %default)',
  },
  {
    short: '-q',
    long: '--quantum',
    dest: 'quantum',
    type: 'int',
    default: 1,
    help: 'RR time slice (default %default)',
  },
  { short: '-c', dest: 'solve', type: 'bool', help: 'compute the answers' },
]);
export type SchedulerOptions = OptionsOf<typeof SCHEDULER_FLAGS>;
