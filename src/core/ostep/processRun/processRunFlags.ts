import { flagTable, type OptionsOf } from '../flags';

/** OSTEP cpu-intro/process-run.py's options (same names, defaults and types; -c has no long name there). */
export const PROCESS_RUN_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed (default %default)' },
  {
    short: '-P',
    long: '--program',
    dest: 'program',
    type: 'string',
    default: '',
    help: "programs, one per process, separated by ':', e.g. c7,i,c1:c3 (cN = N CPU\ninstructions, i = an I/O); overrides -l",
  },
  {
    short: '-l',
    long: '--processlist',
    dest: 'process_list',
    type: 'string',
    default: '',
    help: 'random processes X1:Y1,X2:Y2,... : X instructions, each CPU with chance Y%',
  },
  {
    short: '-L',
    long: '--iolength',
    dest: 'io_length',
    type: 'int',
    default: 5,
    help: 'how long an I/O takes (default %default)',
  },
  {
    short: '-S',
    long: '--switch',
    dest: 'process_switch_behavior',
    metavar: 'SWITCH',
    type: 'choice',
    choices: ['SWITCH_ON_IO', 'SWITCH_ON_END'],
    default: 'SWITCH_ON_IO',
    help: 'when to switch: SWITCH_ON_IO (default) or SWITCH_ON_END',
  },
  {
    short: '-I',
    long: '--iodone',
    dest: 'io_done_behavior',
    metavar: 'IODONE',
    type: 'choice',
    choices: ['IO_RUN_LATER', 'IO_RUN_IMMEDIATE'],
    default: 'IO_RUN_LATER',
    help: 'when a process whose I/O ends runs: IO_RUN_LATER (default) or IO_RUN_IMMEDIATE',
  },
  { short: '-c', dest: 'solve', type: 'bool', help: 'compute the answers' },
  {
    short: '-p',
    long: '--printstats',
    dest: 'print_stats',
    type: 'bool',
    help: 'print statistics at the end (with -c)',
  },
]);
export type ProcessRunOptions = OptionsOf<typeof PROCESS_RUN_FLAGS>;
