import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlock, readDevice, withLatentError, withWords, writeDevice } from './blockChecks';
import { CHECKSUM_NAMES } from './checksumTypes';
import { flipBits } from './flips';

const device = fc.record({
  words: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }),
  blockWords: fc.integer({ min: 1, max: 16 }),
  algorithm: fc.constantFrom(...CHECKSUM_NAMES),
});
/** a device, one of its blocks and a bit in it */
const faulty = device.chain((d) => {
  const blocks = Math.ceil(d.words.length / d.blockWords);
  return fc.tuple(fc.constant(d), fc.nat({ max: blocks - 1 })).chain(([dd, block]) => {
    const len = Math.min(dd.blockWords, dd.words.length - block * dd.blockWords);
    return fc.tuple(fc.constant(dd), fc.constant(block), fc.nat({ max: len * 8 - 1 }));
  });
});

describe('per-block checksums on a device', () => {
  it('a clean device reads back its words', () => {
    fc.assert(
      fc.property(device, ({ words, blockWords, algorithm }) => {
        const reads = readDevice(writeDevice(words, blockWords, algorithm)).reads;
        expect(reads.every((r) => r.kind === 'ok')).toBe(true);
        expect(reads.flatMap((r) => (r.kind === 'ok' ? r.words : []))).toEqual(words);
      }),
    );
  });

  it('a latent sector error or a flipped bit is detected on read: repaired from a copy, else EIO, never wrong data', () => {
    fc.assert(
      fc.property(faulty, fc.boolean(), fc.boolean(), ([d, block, bit], latent, mirrored) => {
        const good = writeDevice(d.words, d.blockWords, d.algorithm);
        const stored = good.blocks[block]?.words as number[];
        const bad = latent ? withLatentError(good, block) : withWords(good, block, flipBits(stored, [bit]));
        const r = readBlock(bad, block, mirrored ? good : undefined);
        expect(r.kind).toBe(mirrored ? 'repaired' : 'lost');
        if (r.kind === 'repaired') expect(r.words).toEqual(stored);
        if (r.kind !== 'ok') expect(r.fault.kind).toBe(latent ? 'unreadable' : 'corrupt');
        const after = readDevice(bad, mirrored ? good : undefined).device;
        expect(readBlock(after, block).kind).toBe(mirrored ? 'ok' : 'lost');
      }),
    );
  });

  it('says what it found, and fails when the copy is bad too', () => {
    const good = writeDevice([1, 2, 3, 4], 2, 'crc32');
    const bad = withLatentError(good, 1);
    expect(readBlock(bad, 1).explanation).toBe(
      'block 1: the drive cannot read it (a latent sector error); there is no second copy, so the read fails (EIO)',
    );
    expect(readBlock(bad, 1, bad).explanation).toContain('the second copy is bad too');
    const flipped = withWords(good, 0, [1, 3]);
    expect(readBlock(flipped, 0).explanation).toMatch(
      /^block 0: its CRC-32 is crc 0x[0-9a-f]{8}, but crc 0x[0-9a-f]{8} was stored with it \(silent corruption\)/,
    );
  });

  it('a corruption the checksum cannot see reads as good data: xor per block, the same bit in two words', () => {
    const good = writeDevice([1, 2, 3, 4], 4, 'xor');
    const r = readBlock(withWords(good, 0, flipBits([1, 2, 3, 4], [0, 8])), 0);
    expect(r).toMatchObject({ kind: 'ok', words: [0, 3, 3, 4] });
  });
});
