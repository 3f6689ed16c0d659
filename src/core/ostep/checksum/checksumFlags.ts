import { CHECKSUM_NAMES } from '../../storage/checksum/checksumTypes';
import { flagTable, type OptionsOf } from '../flags';

/**
 * OSTEP file-integrity/checksum.py's options (same names, defaults and types), then ours: flips and which checksum
 * catches them, the running values, and the data on a device with per-block checksums. Our long names start with
 * none of the letters of checksum.py's, so its prefixes (`--c`, `--d`, `--s`) mean what they mean there.
 */
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
  {
    short: '-F',
    long: '--flip',
    dest: 'flip',
    type: 'string',
    default: '',
    metavar: 'BITS',
    help: 'ours: flip these bits (comma-separated; bit k is bit k%8 of byte\nk/8, 0 the least significant) and ask which checksums catch it',
  },
  {
    short: '-B',
    long: '--burst',
    dest: 'burst',
    type: 'string',
    default: '',
    metavar: 'START,LENGTH',
    help: 'ours: flip LENGTH bits in a row from bit START',
  },
  {
    short: '-M',
    long: '--miss',
    dest: 'miss',
    type: 'string',
    default: '',
    metavar: 'ALGORITHM',
    help: 'ours: flip two bits that ALGORITHM (add, xor or fletcher) misses',
  },
  {
    short: '-T',
    long: '--trace',
    dest: 'trace',
    type: 'bool',
    help: "ours: each checksum's running value byte by byte, CRC-32 too",
  },
  {
    short: '-b',
    long: '--block',
    dest: 'block',
    type: 'int',
    default: 0,
    help: 'ours: store the data on a device in blocks of BLOCK bytes, each\nwith its checksum (the flips corrupt it silently), and read it back',
  },
  {
    short: '-l',
    long: '--lse',
    dest: 'lse',
    type: 'string',
    default: '',
    metavar: 'BLOCKS',
    help: 'ours: blocks with a latent sector error (comma-separated)',
  },
  {
    short: '-m',
    long: '--mirror',
    dest: 'mirror',
    type: 'bool',
    help: 'ours: a second copy of the device to repair from',
  },
  {
    short: '-a',
    long: '--algorithm',
    dest: 'algorithm',
    type: 'choice',
    choices: CHECKSUM_NAMES,
    default: 'crc32',
    help: "ours: the device's checksum per block: add, xor, fletcher or\ncrc32 (default %default)",
  },
]);
export type ChecksumOptions = OptionsOf<typeof CHECKSUM_FLAGS>;
