import { flagTable, type OptionsOf } from '../flags';

/** OSTEP vm-paging/paging-linear-translate.py's options (same names, defaults and types). */
export const LINEAR_TRANSLATE_FLAGS = flagTable([
  {
    short: '-A',
    long: '--addresses',
    dest: 'addresses',
    type: 'string',
    default: '-1',
    help: 'comma-separated virtual addresses (decimal, below the address-space size);\n-1 (default) means randomly generate',
  },
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed (default %default)' },
  {
    short: '-a',
    long: '--asize',
    dest: 'asize',
    type: 'string',
    default: '16k',
    help: 'address space size, a power of two (e.g., 16, 64k, 32m; default %default)',
  },
  {
    short: '-p',
    long: '--physmem',
    dest: 'psize',
    type: 'string',
    default: '64k',
    help: 'physical memory size, more than the address space, under 1g (default %default)',
  },
  {
    short: '-P',
    long: '--pagesize',
    dest: 'pagesize',
    type: 'string',
    default: '4k',
    help: 'page size, a power of two (e.g., 4k, 8k; default %default)',
  },
  {
    short: '-n',
    long: '--numaddrs',
    dest: 'num',
    type: 'int',
    default: 5,
    help: 'number of virtual addresses to generate (default %default)',
  },
  {
    short: '-u',
    long: '--used',
    dest: 'used',
    type: 'int',
    default: 50,
    help: 'percent of virtual address space that is used (default %default)',
  },
  { short: '-v', dest: 'verbose', type: 'bool', help: 'verbose mode: print the VPN by each page-table entry' },
  { short: '-c', dest: 'solve', type: 'bool', help: 'compute the answers' },
]);
export type LinearTranslateOptions = OptionsOf<typeof LINEAR_TRANSLATE_FLAGS>;
