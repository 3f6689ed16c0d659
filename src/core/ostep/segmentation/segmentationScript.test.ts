import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { segmentationScript } from './segmentationScript';

function solve(args: string) {
  const parsed = optparse(args === '' ? [] : args.split(' '), segmentationScript.specs, segmentationScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return segmentationScript.solve(parsed.values, runScenario);
}

const refusal = (args: string): string => {
  const r = solve(args);
  return r.ok ? 'accepted' : r.error;
};

describe('segmentation: answers', () => {
  it("gives the README's segments (segment 1's base is its top) and each translation with our MMU's sentence", () => {
    const r = solve('-c');
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.segments).toEqual([
      { base: 6890, limit: 472, grows: 'up' },
      { base: 4692, limit: 450, grows: 'down' },
    ]);
    expect(r.answer.translations.map((t) => [t.va, t.segment, t.pa])).toEqual([
      [523, 1, null],
      [414, 0, 7304],
      [802, 1, 4470],
      [310, 0, 7200],
      [488, 0, null],
    ]);
    expect(r.answer.translations[2]?.explanation).toBe(
      'VA 0x322 is in segment 1 (grows down), offset −0xde, 0xde ≤ bounds 0x1c2: PA = base 0x1254 − 0xde = 0x1176',
    );
  });

  it('gives the same problem with and without -c', () => {
    const a = solve('-s 11');
    const b = solve('-s 11 -c');
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(a.answer).toEqual(b.answer);
  });
});

describe("segmentation: OSTEP's errors and ours name the flag and its limit", () => {
  it.each([
    ['-p 4', '-p/--physmem must be more than 4 bytes (got 4)'],
    ['-a 0', '-a/--asize must not be 0 bytes'],
    ['-a 16k -p 16k', '-p/--physmem (16384 bytes) must be greater than the address space, -a/--asize (16384 bytes)'],
    [
      '-a 16 -p 32',
      '-p/--physmem (32 bytes) must be more than twice the address space, -a/--asize (16 bytes), when a base is random (give -b/--b0 and -B/--b1)',
    ],
    [
      '-b 10 -l 8 -B 14 -L 2 -a 16 -p 32',
      'the segments overlap in physical memory: segment 1 starts at 12, inside segment 0 (10–18)',
    ],
    [
      '-b 0 -l 20 -B 512 -L 20 -a 32 -p 512',
      '-l/--l0 (20) is too large for this address space: at most half of -a/--asize (16)',
    ],
    [
      '-b 600 -l 10 -B 100 -L 10 -a 64 -p 512',
      'segment 0 is not in physical memory: -b/--b0 (600) + -l/--l0 (10) − 1 > -p/--physmem (512)',
    ],
    [
      '-B 5 -L 10 -b 0 -l 5 -a 64 -p 512',
      "segment 1's base -B/--b1 (5) is below its limit -L/--l1 (10): it would start below physical address 0",
    ],
    ['-l -3', '-l/--l0 must be -1 (random) or a limit ≥ 0 (got -3; a negative one is no address)'],
    [
      '-A 5,1024',
      '-A/--addresses: item 1 is "1024"; addresses must be decimal integers from 0 to 1023 (the address space, -a/--asize, is 1024 bytes)',
    ],
    [
      '-a 64 -p 129 -b 10 -l 10 -L 120',
      'segment 1 (120 bytes) fits nowhere beside segment 0 (10–20) in 129 bytes (OSTEP would look for a random base for ever); give -B/--b1',
    ],
  ])('%s', (args, message) => {
    expect(refusal(args)).toBe(message);
  });
});
