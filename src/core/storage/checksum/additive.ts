import { hex2, type ChecksumModule } from './checksumTypes';

/** Python's `%`: the result takes the divisor's sign, so a negative word still gives 0..m-1. */
export const pyMod = (n: number, m: number): number => ((n % m) + m) % m;

/** The sum of the words modulo 256: one byte, as checksum.py's `add`. */
export const additive: ChecksumModule = {
  name: 'add',
  label: 'Add',
  description: 'the sum of the bytes modulo 256 (one byte)',
  ostep: true,
  bytesOnly: false,
  initial: 0,
  step: (sum, word) => pyMod(sum + pyMod(word, 256), 256),
  describe: (sum) => `sum ${hex2(sum)}`,
};
