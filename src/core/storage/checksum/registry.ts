import { additive } from './additive';
import { hex2, type ChecksumModule, type ChecksumName } from './checksumTypes';
import { crc32 } from './crc32';
import { fletcher } from './fletcher';
import { xor } from './xor';

/** Every checksum algorithm by name (the type makes a missing one a compile error). */
export const CHECKSUMS: Readonly<Record<ChecksumName, ChecksumModule>> = {
  add: additive,
  xor,
  fletcher,
  crc32,
};

/** The checksum of the words. */
export function checksumOf(name: ChecksumName, words: ArrayLike<number>): number {
  const { step } = CHECKSUMS[name];
  let value = CHECKSUMS[name].initial;
  for (let i = 0; i < words.length; i++) value = step(value, words[i] as number);
  return value;
}

/** One word taken in: the running value after it, and that in words. */
export interface ChecksumStep {
  index: number;
  word: number;
  value: number;
  /** `after byte 3 (0x2f): sum 0xa1` */
  explanation: string;
}

/** The running value word by word, each step explained. */
export function checksumSteps(name: ChecksumName, words: readonly number[]): ChecksumStep[] {
  const m = CHECKSUMS[name];
  let value = m.initial;
  return words.map((word, index) => {
    value = m.step(value, word);
    return { index, word, value, explanation: `after byte ${index} (${hex2(word)}): ${m.describe(value)}` };
  });
}
