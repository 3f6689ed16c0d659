import { hex2, type ChecksumModule } from './checksumTypes';

const TWO_32 = 2 ** 32;

/**
 * Python's `a ^ b` for safe integers: JavaScript's `^` is 32-bit, so a word beyond that is split into its high
 * part (floor division, the sign included, as two's complement extends it) and its low 32 bits, each xored.
 */
export function pyXor(a: number, b: number): number {
  if ((a | 0) === a && (b | 0) === b) return a ^ b;
  const hi = Math.floor(a / TWO_32) ^ Math.floor(b / TWO_32);
  return hi * TWO_32 + ((a ^ b) >>> 0);
}

/** The exclusive or of the words, as checksum.py's `xor` (Python's signed result for negative words). */
export const xor: ChecksumModule = {
  name: 'xor',
  label: 'Xor',
  description: 'the exclusive or of the bytes (one byte): each bit is the parity of that bit over the data',
  ostep: true,
  bytesOnly: false,
  initial: 0,
  step: pyXor,
  describe: (value) => `xor ${hex2(value)}`,
};
