import { CHECKSUM_NAMES, type ChecksumName } from './checksumTypes';
import { checksumOf, CHECKSUMS } from './registry';

/**
 * Bit k of the data is bit k mod 8 (0 the least significant) of byte k div 8: the order a serial line sends bits
 * and CRC-32 reads them, so a burst of bits here is a burst to the CRC.
 */
export const bitPlace = (bit: number): { byte: number; bit: number } => ({ byte: bit >> 3, bit: bit & 7 });

export const bitName = (bit: number): string => `bit ${bit & 7} of byte ${bit >> 3}`;

/** The data with the given bits flipped (a bit named twice flips back). */
export function flipBits(words: readonly number[], bits: readonly number[]): number[] {
  const out = [...words];
  for (const b of bits) out[b >> 3] = (out[b >> 3] as number) ^ (1 << (b & 7));
  return out;
}

/** The bits of a burst: `length` bits in a row from `start`. */
export const burstBits = (start: number, length: number): number[] => Array.from({ length }, (_, i) => start + i);

/** Whether one algorithm notices a change of the data: its checksum before and after. */
export interface FlipVerdict {
  name: ChecksumName;
  /** the module's values: Fletcher's packs b in the high byte and a in the low (fletcherParts) */
  before: number;
  after: number;
  caught: boolean;
  /** `Xor misses it: 0x33 before and after` */
  explanation: string;
}

/** What each algorithm says about the data with these bits flipped (the data as bytes, for CRC-32). */
export function whoCatches(words: readonly number[], bits: readonly number[]): FlipVerdict[] {
  const flipped = flipBits(words, bits);
  return CHECKSUM_NAMES.map((name) => {
    const m = CHECKSUMS[name];
    const before = checksumOf(name, words);
    const after = checksumOf(name, flipped);
    const caught = before !== after;
    const explanation = caught
      ? `${m.label} catches it: ${m.describe(before)} became ${m.describe(after)}`
      : `${m.label} misses it: ${m.describe(before)} before and after`;
    return { name, before, after, caught, explanation };
  });
}

/** Two bits whose flip an algorithm misses, and why. */
export interface MissedFlip {
  bits: [number, number];
  why: string;
}

const isSet = (word: number, bit: number): boolean => ((word >> bit) & 1) === 1;

/** Two bytes `gap` apart holding opposite values of one bit: flipping both moves one up and the other down. */
function oppositePair(words: readonly number[], gap: number): [number, number] | undefined {
  for (let bit = 0; bit < 8; bit++)
    for (let p = 0; p + gap < words.length; p++)
      if (isSet(words[p] as number, bit) !== isSet(words[p + gap] as number, bit))
        return [p * 8 + bit, (p + gap) * 8 + bit];
  return undefined;
}

/**
 * A two-bit flip of these bytes that the algorithm misses, constructed from why it misses it; undefined when there
 * is none to construct (fewer than two bytes; Fletcher without two bytes 255 apart that differ in a bit; CRC-32,
 * which misses no two-bit flip closer than 2^32 - 1 bits).
 */
export function missedTwoBitFlip(name: ChecksumName, words: readonly number[]): MissedFlip | undefined {
  if (words.length < 2) return undefined;
  if (name === 'xor')
    return { bits: [0, 8], why: 'the same bit flipped in two bytes flips that bit of the xor twice, back again' };
  if (name === 'add') {
    const pair = oppositePair(words, 1);
    if (pair)
      return {
        bits: pair,
        why: `a bit worth ${1 << (pair[0] & 7)} goes up in one byte and down in the other: the sum stays the same`,
      };
    // every byte the same: no bit to move up in one and down in the other, but 128 twice is 256, 0 modulo 256
    return { bits: [7, 15], why: 'the top bit of two bytes changes the sum by 128 twice: 256, which is 0 modulo 256' };
  }
  if (name === 'fletcher') {
    const pair = oppositePair(words, 255);
    if (!pair) return undefined;
    return {
      bits: pair,
      why: 'a bit goes up in one byte and down in another 255 bytes later: a is unchanged, and b changes by 255 times the bit, 0 modulo 255',
    };
  }
  return undefined;
}
