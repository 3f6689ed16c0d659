import { flagTable, type OptionsOf } from '../flags';

/** -a and -p, the same in relocation.py and segmentation.py (memorySizes in registerArgs.ts reads them). */
export const MEMORY_SIZE_FLAGS = flagTable([
  {
    short: '-a',
    long: '--asize',
    dest: 'asize',
    type: 'string',
    default: '1k',
    help: 'address space size (e.g., 16, 64k, 32m, 1g; default %default)',
  },
  {
    short: '-p',
    long: '--physmem',
    dest: 'psize',
    type: 'string',
    default: '16k',
    help: 'physical memory size, more than the address space (default %default)',
  },
]);

/** OSTEP vm-mechanism/relocation.py's options (same names, defaults and types). */
export const RELOCATION_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed (default %default)' },
  ...MEMORY_SIZE_FLAGS,
  {
    short: '-n',
    long: '--addresses',
    dest: 'num',
    type: 'int',
    default: 5,
    help: 'number of virtual addresses to generate (default %default)',
  },
  {
    short: '-b',
    long: '--b',
    dest: 'base',
    type: 'string',
    default: '-1',
    help: 'value of the base register; -1 (default) means random',
  },
  {
    short: '-l',
    long: '--l',
    dest: 'limit',
    type: 'string',
    default: '-1',
    help: 'value of the limit (bounds) register; -1 (default) means random',
  },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute answers for me' },
]);
export type RelocationOptions = OptionsOf<typeof RELOCATION_FLAGS>;
