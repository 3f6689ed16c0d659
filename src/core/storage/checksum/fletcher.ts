import { pyMod } from './additive';
import type { ChecksumModule } from './checksumTypes';

/** The value packs checksum.py's two sums as Fletcher-16 does: b in the high byte, a in the low. */
export const fletcherParts = (value: number): { a: number; b: number } => ({ a: value & 0xff, b: value >>> 8 });

/**
 * Fletcher's checksum as checksum.py computes it: a = (a + word) mod 255, then b = (b + a) mod 255, so b weighs
 * each word by how many words follow it and notices words swapped or moved, which a sum cannot.
 */
export const fletcher: ChecksumModule = {
  name: 'fletcher',
  label: 'Fletcher',
  description: 'two sums modulo 255: a of the bytes, b of the running a (so the order of the bytes counts)',
  ostep: true,
  bytesOnly: false,
  initial: 0,
  step(value, word) {
    const a = ((value & 0xff) + pyMod(word, 255)) % 255;
    const b = ((value >>> 8) + a) % 255;
    return (b << 8) | a;
  },
  describe(value) {
    const { a, b } = fletcherParts(value);
    return `a ${a}, b ${b}`;
  },
};
