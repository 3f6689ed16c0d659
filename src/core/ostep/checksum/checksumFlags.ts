import { flagTable, type OptionsOf } from '../flags';

/** OSTEP file-integrity/checksum.py's options (same names, defaults and types). */
export const CHECKSUM_FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'Random seed' },
  {
    short: '-d',
    long: '--data_size',
    dest: 'dataSize',
    type: 'int',
    default: 4,
    help: 'Number of bytes in data word',
    metavar: 'DATA_SIZE',
  },
  { short: '-D', long: '--data', dest: 'data', type: 'string', default: '', help: 'Data in comma separated form' },
  { short: '-c', long: '--compute', dest: 'solve', type: 'bool', help: 'compute answers for me' },
]);
export type ChecksumOptions = OptionsOf<typeof CHECKSUM_FLAGS>;
