/** The checksums we compute: OSTEP's checksum.py has the first three; CRC-32 is ours. */
export const CHECKSUM_NAMES = ['add', 'xor', 'fletcher', 'crc32'] as const;
export type ChecksumName = (typeof CHECKSUM_NAMES)[number];

/**
 * One checksum algorithm as a fold over data words: the value of no words, and the value after one more word.
 * The running value is always the checksum of the words so far (a CRC's register is kept finished, not raw), so
 * every step can be shown and compared as it is. Over bytes, values are non-negative integers below 2^32; words
 * are safe integers, and the xor of negative ones is negative, as in Python.
 */
export interface ChecksumModule {
  name: ChecksumName;
  /** as checksum.py labels its rows (Add, Xor, Fletcher), and CRC-32 */
  label: string;
  /** what it computes, in one sentence */
  description: string;
  /** OSTEP's checksum.py computes it (CRC-32 is ours) */
  ostep: boolean;
  /** defined over bytes only (0..255); the others take any integer word as checksum.py does */
  bytesOnly: boolean;
  initial: number;
  step(value: number, word: number): number;
  /** the running value in words: `sum 0xa1`, `a 10, b 20` */
  describe(value: number): string;
}

/** `0x2f`: a byte or word in hex, two digits at least (`-0x05` below zero). */
export const hex2 = (n: number): string => (n < 0 ? `-${hex2(-n)}` : `0x${n.toString(16).padStart(2, '0')}`);
