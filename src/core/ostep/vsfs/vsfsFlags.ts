import { flagTable, type OptionsOf } from '../flags';

/** OSTEP file-implementation/vsfs.py's options (same names, defaults and types). */
export const VSFS_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed (default %default)' },
  {
    short: '-i',
    long: '--numInodes',
    dest: 'numInodes',
    type: 'int',
    default: 8,
    help: 'number of inodes in file system (default %default)',
  },
  {
    short: '-d',
    long: '--numData',
    dest: 'numData',
    type: 'int',
    default: 8,
    help: 'number of data blocks in file system (default %default)',
  },
  {
    short: '-n',
    long: '--numRequests',
    dest: 'numRequests',
    type: 'int',
    default: 10,
    help: 'number of requests to simulate (default %default)',
  },
  { short: '-r', long: '--reverse', dest: 'reverse', type: 'bool', help: 'instead of printing state, print ops' },
  { short: '-p', long: '--printFinal', dest: 'printFinal', type: 'bool', help: 'print the final set of files/dirs' },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute answers for me' },
]);
export type VsfsOptions = OptionsOf<typeof VSFS_FLAGS>;
