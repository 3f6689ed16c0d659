import fc from 'fast-check';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHECKSUM_NAMES } from './checksumTypes';
import { fletcherParts } from './fletcher';
import { pyXor } from './xor';
import { checksumOf, checksumSteps } from './registry';

const bytes = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

describe('checksums', () => {
  it("answers checksum.py's README example (1,2,3,4: add 10, xor 4, Fletcher 10,20)", () => {
    const data = [1, 2, 3, 4];
    expect(checksumOf('add', data)).toBe(10);
    expect(checksumOf('xor', data)).toBe(4);
    expect(fletcherParts(checksumOf('fletcher', data))).toEqual({ a: 10, b: 20 });
  });

  it('computes the standard CRC-32 of the check string and of known vectors', () => {
    expect(checksumOf('crc32', bytes('123456789'))).toBe(0xcbf43926);
    expect(checksumOf('crc32', [])).toBe(0);
    expect(checksumOf('crc32', bytes('a'))).toBe(0xe8b7be43);
    expect(checksumOf('crc32', bytes('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('computes Fletcher-16 as published (b in the high byte)', () => {
    expect(checksumOf('fletcher', bytes('abcde'))).toBe(0xc8f0);
    expect(checksumOf('fletcher', bytes('abcdef'))).toBe(0x2057);
    expect(checksumOf('fletcher', bytes('abcdefgh'))).toBe(0x0627);
  });

  it("takes checksum.py's words outside a byte as Python does (a negative sum modulo 256 is positive)", () => {
    const data = [-5, 300, -1000, 7];
    expect(checksumOf('add', data)).toBe(70);
    expect(checksumOf('xor', data)).toBe(712);
    expect(fletcherParts(checksumOf('fletcher', data))).toEqual({ a: 67, b: 162 });
  });

  it('explains the running value byte by byte', () => {
    expect(checksumSteps('add', [0x10, 0x2f]).map((s) => s.explanation)).toEqual([
      'after byte 0 (0x10): sum 0x10',
      'after byte 1 (0x2f): sum 0x3f',
    ]);
    expect(checksumSteps('fletcher', [1, 2])[1]?.explanation).toBe('after byte 1 (0x02): a 3, b 4');
    expect(checksumSteps('crc32', bytes('1'))[0]?.explanation).toBe('after byte 0 (0x31): crc 0x83dcefb7');
  });

  it('CRC-32 equals zlib over any bytes, and every running value is the checksum of its prefix', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(...CHECKSUM_NAMES), (data, name) => {
        expect(checksumOf('crc32', data)).toBe(zlibCrc32(data));
        const words = [...data];
        checksumSteps(name, words).forEach((s, i) => expect(s.value).toBe(checksumOf(name, words.slice(0, i + 1))));
      }),
    );
  });

  it("xors safe integers as Python's unbounded ints do (two's complement, sign kept)", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
        expect(pyXor(a, b)).toBe(Number(BigInt(a) ^ BigInt(b)));
      }),
    );
  });
});
