import { flagTable, type OptionsOf } from '../flags';

/** OSTEP file-journaling/fsck.py's options (same names, defaults and types). */
export const FSCK_FLAGS = flagTable([
  {
    short: '-s',
    long: '--seed',
    dest: 'seed',
    type: 'int',
    default: 0,
    help: 'first random seed (for a filesystem) (default %default)',
  },
  {
    short: '-S',
    long: '--seedCorrupt',
    dest: 'seedCorrupt',
    type: 'int',
    default: 0,
    help: 'second random seed (for corruptions) (default %default)',
  },
  {
    short: '-i',
    long: '--numInodes',
    dest: 'numInodes',
    type: 'int',
    default: 16,
    help: 'number of inodes in file system (default %default)',
  },
  {
    short: '-d',
    long: '--numData',
    dest: 'numData',
    type: 'int',
    default: 16,
    help: 'number of data blocks in file system (default %default)',
  },
  {
    short: '-n',
    long: '--numRequests',
    dest: 'numRequests',
    type: 'int',
    default: 15,
    help: 'number of requests to simulate (default %default)',
  },
  { short: '-p', long: '--printFinal', dest: 'printFinal', type: 'bool', help: 'print the final set of files/dirs' },
  {
    short: '-w',
    long: '--whichCorrupt',
    dest: 'whichCorrupt',
    type: 'int',
    default: -1,
    help: 'do a specific corruption, 0 to 11 (default %default: a random one)',
  },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute answers for me' },
  { short: '-D', long: '--dontCorrupt', dest: 'dontCorrupt', type: 'bool', help: 'do not corrupt the file system' },
]);
export type FsckOptions = OptionsOf<typeof FSCK_FLAGS>;
