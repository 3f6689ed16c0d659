import { flagTable, type OptionsOf } from '../flags';

/** OSTEP dist-afs/afs.py's options (same names, defaults and types). */
export const AFS_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed' },
  { short: '-C', long: '--clients', dest: 'numclients', type: 'int', default: 2, help: 'number of clients' },
  { short: '-n', long: '--numsteps', dest: 'numsteps', type: 'int', default: 2, help: 'ops each client will do' },
  { short: '-f', long: '--numfiles', dest: 'numfiles', type: 'int', default: 1, help: 'number of files in server' },
  { short: '-r', long: '--readratio', dest: 'readratio', type: 'float', default: 0.5, help: 'ratio of reads/writes' },
  {
    short: '-A',
    long: '--actions',
    dest: 'actions',
    type: 'string',
    default: '',
    help: 'client actions exactly specified, e.g.,\noa1:r1:c1,oa1:w1:c1 specifies two clients; each opens\nthe file a, client 0 reads it whereas client 1 writes\nit, and then each closes it',
  },
  {
    short: '-S',
    long: '--schedule',
    dest: 'schedule',
    type: 'string',
    default: '',
    help: 'exact schedule to run; 01 alternates round robin\nbetween clients 0 and 1. Left unspecified leads to\nrandom scheduling',
  },
  { short: '-p', long: '--printstats', dest: 'printstats', type: 'bool', help: 'print extra stats' },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute answers for me' },
  {
    short: '-d',
    long: '--detail',
    dest: 'detail',
    type: 'int',
    default: 0,
    help: 'detail level when giving answers (1:server\nactions,2:invalidations,4:client cache,8:extra\nlabels); OR together for multiple',
  },
]);
export type AfsOptions = OptionsOf<typeof AFS_FLAGS>;
