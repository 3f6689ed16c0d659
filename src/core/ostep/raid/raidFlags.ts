import { flagTable, type OptionsOf } from '../flags';

/** OSTEP file-raid/raid.py's options (same names, defaults and types: its sizes are strings such as 4k). */
export const RAID_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed' },
  { short: '-D', long: '--numDisks', dest: 'numDisks', type: 'int', default: 4, help: 'number of disks in RAID' },
  {
    short: '-C',
    long: '--chunkSize',
    dest: 'chunkSize',
    type: 'string',
    default: '4k',
    help: 'chunk size of the RAID',
  },
  {
    short: '-n',
    long: '--numRequests',
    dest: 'numRequests',
    type: 'int',
    default: 10,
    help: 'number of requests to simulate',
  },
  { short: '-S', long: '--reqSize', dest: 'size', type: 'string', default: '4k', help: 'size of requests' },
  {
    short: '-W',
    long: '--workload',
    dest: 'workload',
    type: 'string',
    default: 'rand',
    help: 'either "rand" or "seq" workloads',
  },
  {
    short: '-w',
    long: '--writeFrac',
    dest: 'writeFrac',
    type: 'int',
    default: 0,
    help: 'write fraction (100->all writes, 0->all reads)',
  },
  {
    short: '-R',
    long: '--randRange',
    dest: 'range',
    type: 'int',
    default: 10000,
    help: 'range of requests (when using "rand" workload)',
  },
  { short: '-L', long: '--level', dest: 'level', type: 'int', default: 0, help: 'RAID level (0, 1, 4, 5)' },
  {
    short: '-5',
    long: '--raid5',
    dest: 'raid5type',
    type: 'string',
    default: 'LS',
    help: 'RAID-5 left-symmetric "LS" or left-asym "LA"',
  },
  {
    short: '-r',
    long: '--reverse',
    dest: 'reverse',
    type: 'bool',
    help: 'instead of showing logical ops, show physical',
  },
  { short: '-t', long: '--timing', dest: 'timing', type: 'bool', help: 'use timing mode, instead of mapping mode' },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute answers for me' },
]);
export type RaidOptions = OptionsOf<typeof RAID_FLAGS>;
