import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { checksumScript } from './checksumScript';

function solve(args: string) {
  const parsed = optparse(args.split(' ').filter(Boolean), checksumScript.specs, checksumScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return checksumScript.solve(parsed.values, runScenario);
}
const text = (args: string) => {
  const r = solve(args);
  return r.ok ? r.text : `refused: ${r.error}`;
};

describe("checksum.py's problem with our flags", () => {
  it('shows a two-bit flip the sum misses, and which checksums catch it', () => {
    const t = text('-D 1,2,3,4 -c -M add');
    expect(t).toContain(
      'Flip (ours): bit 0 (bit 0 of byte 0), bit 8 (bit 0 of byte 1)\n(two bits Add misses: a bit worth 1 goes up in one byte and down in the other: the sum stays the same)\n\nAfter the flip:\nDecimal:            0          3          3          4 \n',
    );
    expect(t).toContain(
      'Add misses it: sum 0x0a before and after\nXor misses it: xor 0x04 before and after\nFletcher catches it: a 10, b 20 became a 10, b 19\nCRC-32 catches it: crc 0xb63cfbcd became crc 0x0f42f69f\n\n',
    );
    expect(text('-D 1,2,3,4 -M xor')).toContain('After the flip:\n');
    expect(text('-D 1,2,3,4 -M xor')).toMatch(/Which checksums catch it\?\n\n$/);
  });

  it('names a burst by its ends', () => {
    expect(text('-c -B 4,20')).toContain(
      'Flip (ours): bits 4 to 23, bit 4 of byte 0 to bit 7 of byte 2 (a burst of 20)\n',
    );
  });

  it('lists each running value with -T, CRC-32 too', () => {
    expect(text('-c -T')).toContain('CRC-32, byte by byte (ours):\n  after byte 0 (0xd8): crc 0x5a0ab56b\n');
  });

  it('reads a device back: a latent sector error and a silent corruption, repaired from the mirror or failing', () => {
    const mirrored = solve('-c -F 0 -b 2 -l 1 -m');
    if (!mirrored.ok) throw new Error(mirrored.error);
    expect(mirrored.answer.device?.reads.map((r) => r.kind)).toEqual(['repaired', 'repaired']);
    expect(text('-c -F 0 -b 2 -l 1')).toContain(
      'Faults: block 1 has a latent sector error; the flipped bits are corrupted on it, silently\nRead back:\n  block 0: its CRC-32 is',
    );
    expect(text('-c -b 2 -l 1')).toContain('  block 0 reads back with the crc 0x7d52fe74 it was written with\n');
    expect(text('-b 2 -l 1')).toMatch(/Which blocks read back, which are repaired and which fail\?\n\n$/);
  });

  it.each([
    ['-F 40', '-F/--flip: bit 40 is outside 0 to 31'],
    ['-F 1 -B 1,2', 'give one of them'],
    ['-l 1', '-l/--lse needs a device: give -b/--block'],
    ['-b 2 -l 5', '-l/--lse: block 5 is outside 0 to 1'],
    ['-D 300 -F 1', '-D/--data: our flags work on bytes, 0 to 255 (got 300)'],
    ['-M crc32', '-M/--miss must be add, xor or fletcher'],
    ['-M fletcher', 'this data has none'],
    ['-B 30,3', '-B/--burst: START,LENGTH'],
    ['-b -1', '-b/--block: a block holds at least 1 byte'],
    ['-d 10001 -T', '-T/--trace: at most 10000 bytes'],
  ])('refuses %s', (args, why) => {
    expect(text(args)).toContain(why);
  });

  it("never changes checksum.py's own text: ours only follows it", () => {
    const ours = fc.constantFrom(
      '-T',
      '-F 3',
      '-B 2,9',
      '-M add',
      '-M xor',
      '-b 3',
      '-b 2 -l 0 -m',
      '-b 1 -a add -F 5',
    );
    fc.assert(
      fc.property(fc.nat({ max: 999 }), fc.integer({ min: 2, max: 12 }), fc.boolean(), ours, (seed, n, c, extra) => {
        const base = `-s ${seed} -d ${n}${c ? ' -c' : ''}`;
        expect(text(`${base} ${extra}`).startsWith(text(base))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
