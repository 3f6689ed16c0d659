import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { relocationScript } from './relocationScript';

function solve(argv: string[]) {
  const parsed = optparse(argv, relocationScript.specs, relocationScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return relocationScript.solve(parsed.values, runScenario);
}

const refusal = (args: string): string => {
  const r = solve(args.split(' '));
  return r.ok ? 'accepted' : r.error;
};

describe('relocation: answers', () => {
  it("gives the README's registers and translations (seed 0), each with our MMU's sentence", () => {
    const r = solve(['-c']);
    if (!r.ok) throw new Error(r.error);
    expect(r.answer).toMatchObject({ addressSpace: 1024, physicalMemory: 16384, base: 12418, limit: 472 });
    expect(r.answer.translations[0]).toEqual({
      va: 430,
      valid: true,
      pa: 12848,
      explanation: 'VA 0x1ae < bounds 0x1d8: PA = base 0x3082 + 0x1ae = 0x3230',
    });
    expect(r.answer.translations[2]).toEqual({
      va: 523,
      valid: false,
      pa: null,
      explanation: 'segmentation violation: VA 0x20b ≥ bounds 0x1d8',
    });
  });

  it('gives the same problem with and without -c', () => {
    const a = solve(['-s', '9']);
    const b = solve(['-s', '9', '-c']);
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(a.answer).toEqual(b.answer);
  });
});

describe('relocation: refusals name the flag and its limit', () => {
  it.each([
    ['-p 1', '-p/--physmem must be more than 1 byte (got 1)'],
    ['-a 0', '-a/--asize must not be 0 bytes'],
    ['-a 16k -p 16k', '-p/--physmem (16384 bytes) must be greater than the address space, -a/--asize (16384 bytes)'],
    ['-a 1x', '-a/--asize must be a size such as 16k, 1m or 4096 (bytes; suffixes k, m, g) (got "1x")'],
    ['-b -5', '-b/--b must be -1 (random) or a base ≥ 0 (got -5; a negative one is no address)'],
    [
      '-l 16k',
      '-l/--l (16384) must be less than the physical memory, -p/--physmem (16384), for a random base to fit (OSTEP would look for one for ever)',
    ],
    [
      '-b 16000 -l 500',
      'the address space does not fit into physical memory: base -b/--b (16000) + limit -l/--l (500) = 16500 > -p/--physmem (16384)',
    ],
    ['-n 1000001', '-n/--addresses must be at most 1000000 addresses (got 1000001)'],
  ])('%s', (args, message) => {
    expect(refusal(args)).toBe(message);
  });

  it('accepts a base and limit that fill memory exactly (OSTEP refuses only base + limit > memory)', () => {
    expect(refusal('-b 16000 -l 384 -c')).toBe('accepted');
  });
});
