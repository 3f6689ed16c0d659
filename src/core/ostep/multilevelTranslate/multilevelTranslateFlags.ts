import { flagTable, type OptionsOf } from '../flags';

/** OSTEP vm-smalltables/paging-multilevel-translate.py's options (same names, defaults and types). */
export const MULTILEVEL_TRANSLATE_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the random seed' },
  {
    short: '-a',
    long: '--allocated',
    dest: 'allocated',
    type: 'int',
    default: 64,
    help: 'number of virtual pages allocated',
  },
  {
    short: '-n',
    long: '--addresses',
    dest: 'num',
    type: 'int',
    default: 10,
    help: 'number of virtual addresses to generate',
  },
  { short: '-c', long: '--solve', dest: 'solve', type: 'bool', help: 'compute answers for me' },
]);
export type MultilevelTranslateOptions = OptionsOf<typeof MULTILEVEL_TRANSLATE_FLAGS>;
