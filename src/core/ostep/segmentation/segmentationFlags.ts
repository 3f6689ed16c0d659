import { flagTable, type OptionsOf } from '../flags';
import { MEMORY_SIZE_FLAGS } from '../relocation/relocationFlags';

/** OSTEP vm-segmentation/segmentation.py's options (same names, defaults and types). */
export const SEGMENTATION_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed (default %default)' },
  {
    short: '-A',
    long: '--addresses',
    dest: 'addresses',
    type: 'string',
    default: '-1',
    help: 'comma-separated virtual addresses (decimal, below the address-space size);\n-1 (default) means randomly generate',
  },
  ...MEMORY_SIZE_FLAGS,
  {
    short: '-n',
    long: '--numaddrs',
    dest: 'num',
    type: 'int',
    default: 5,
    help: 'number of virtual addresses to generate (default %default)',
  },
  {
    short: '-b',
    long: '--b0',
    dest: 'base0',
    type: 'string',
    default: '-1',
    help: 'segment 0 base register (its lowest byte); -1 (default) means random',
  },
  {
    short: '-l',
    long: '--l0',
    dest: 'len0',
    type: 'string',
    default: '-1',
    help: 'segment 0 limit register; -1 (default) means random',
  },
  {
    short: '-B',
    long: '--b1',
    dest: 'base1',
    type: 'string',
    default: '-1',
    help: 'segment 1 base register (just above its highest byte: it grows down);\n-1 (default) means random',
  },
  {
    short: '-L',
    long: '--l1',
    dest: 'len1',
    type: 'string',
    default: '-1',
    help: 'segment 1 limit register; -1 (default) means random',
  },
  { short: '-c', dest: 'solve', type: 'bool', help: 'compute answers for me' },
]);
export type SegmentationOptions = OptionsOf<typeof SEGMENTATION_FLAGS>;
