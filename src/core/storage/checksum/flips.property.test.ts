import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burstBits, flipBits, missedTwoBitFlip, whoCatches } from './flips';
import { checksumOf } from './registry';

const data = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 48 });
/** data and a bit inside it */
const dataAndBit = data.chain((words) => fc.tuple(fc.constant(words), fc.nat({ max: words.length * 8 - 1 })));
const caughtBy = (words: number[], bits: number[]) =>
  Object.fromEntries(whoCatches(words, bits).map((v) => [v.name, v.caught]));

describe('which checksums catch a flip', () => {
  it('every single-bit flip is caught by the sum, the xor, Fletcher and CRC-32', () => {
    fc.assert(
      fc.property(dataAndBit, ([words, bit]) => {
        expect(caughtBy(words, [bit])).toEqual({ add: true, xor: true, fletcher: true, crc32: true });
      }),
    );
  });

  it('CRC-32 catches every burst of up to 32 bits (any pattern whose first and last bits flip)', () => {
    const burst = data
      .filter((w) => w.length >= 4)
      .chain((words) =>
        fc.tuple(
          fc.constant(words),
          fc
            .integer({ min: 1, max: 32 })
            .chain((length) =>
              fc.tuple(
                fc.nat({ max: words.length * 8 - length }),
                fc.constant(length),
                fc.array(fc.boolean(), { minLength: length, maxLength: length }),
              ),
            ),
        ),
      );
    fc.assert(
      fc.property(burst, ([words, [start, length, pattern]]) => {
        const bits = burstBits(start, length).filter((_, i) => i === 0 || i === length - 1 || pattern[i]);
        expect(checksumOf('crc32', flipBits(words, bits))).not.toBe(checksumOf('crc32', words));
      }),
    );
  });

  it('the constructed two-bit flips are missed by the algorithm they are built against, and caught by CRC-32', () => {
    const two = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 2, maxLength: 300 });
    fc.assert(
      fc.property(two, fc.constantFrom('add' as const, 'xor' as const, 'fletcher' as const), (words, name) => {
        const miss = missedTwoBitFlip(name, words);
        if (name !== 'fletcher') expect(miss).toBeDefined();
        if (!miss) return;
        expect(miss.bits[0]).not.toBe(miss.bits[1]);
        expect(caughtBy(words, miss.bits)).toMatchObject({ [name]: false, crc32: true });
      }),
    );
  });

  it('shows a two-bit flip the sum misses and one the xor misses, on the README data', () => {
    const words = [1, 2, 3, 4];
    const add = missedTwoBitFlip('add', words);
    expect(add?.bits).toEqual([0, 8]);
    expect(flipBits(words, add?.bits ?? [])).toEqual([0, 3, 3, 4]);
    expect(whoCatches(words, [0, 8]).map((v) => v.explanation)).toEqual([
      'Add misses it: sum 0x0a before and after',
      'Xor misses it: xor 0x04 before and after',
      'Fletcher catches it: a 10, b 20 became a 10, b 19',
      'CRC-32 catches it: crc 0xb63cfbcd became crc 0x0f42f69f',
    ]);
    expect(missedTwoBitFlip('add', [5, 5])?.bits).toEqual([7, 15]);
    expect(missedTwoBitFlip('xor', [1])).toBeUndefined();
    expect(missedTwoBitFlip('crc32', words)).toBeUndefined();
  });
});
