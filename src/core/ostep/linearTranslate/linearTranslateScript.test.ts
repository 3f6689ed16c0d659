import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinearTranslateAnswers } from '../answers';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { linearTranslateScript } from './linearTranslateScript';

function solve(argv: string[]) {
  const parsed = optparse(argv, linearTranslateScript.specs, linearTranslateScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return linearTranslateScript.solve(parsed.values, runScenario);
}

function answer(argv: string[]): LinearTranslateAnswers {
  const r = solve(argv);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

const refusal = (argv: string[]): string => {
  const r = solve(argv);
  return r.ok ? 'accepted' : r.error;
};

describe('paging-linear-translate: answers', () => {
  it("gives OUTPUT.md's JSON for the README's example (seed 0, 16k space, 4k pages, 64k memory)", () => {
    const a = answer([]);
    expect(a.pageTable).toEqual([12, null, null, 6]);
    expect(a.translations[0]).toEqual({ va: 12841, vpn: 3, valid: true, pa: 25129 });
    expect(a.translations[1]).toEqual({ va: 4969, vpn: 1, valid: false, pa: null });
  });

  it('translates every address as PFN × page size + offset, and invalid exactly where the table is (fast-check)', () => {
    const geometry = fc.constantFrom(
      ['16k', '64k', '4k'],
      ['1m', '512m', '1k'],
      ['32', '1024', '8'],
      ['32k', '1m', '8k'],
      ['8k', '48k', '2k'],
    );
    fc.assert(
      fc.property(geometry, fc.nat(100_000), fc.integer({ min: 0, max: 100 }), ([a, p, P], seed, u) => {
        const r = answer(['-a', a, '-p', p, '-P', P, '-s', String(seed), '-u', String(u), '-n', '20']);
        const pageSize = Number(/\d+/.exec(P)![0]) * (P.endsWith('k') ? 1024 : 1);
        const pfns = r.pageTable.filter((f) => f !== null);
        expect(new Set(pfns).size).toBe(pfns.length);
        for (const t of r.translations) {
          const pfn = r.pageTable[t.vpn];
          expect(t.vpn).toBe(Math.floor(t.va / pageSize));
          expect(t.valid).toBe(pfn !== null);
          expect(t.pa).toBe(pfn === null || pfn === undefined ? null : pfn * pageSize + (t.va % pageSize));
        }
      }),
      { seed: 3, numRuns: 100 },
    );
  });

  it('draws no page table entry valid with -u 0 and every one with -u 100', () => {
    expect(answer(['-u', '0']).pageTable).toEqual([null, null, null, null]);
    expect(answer(['-u', '100']).pageTable.every((f) => f !== null)).toBe(true);
  });
});

describe('paging-linear-translate: refusals name the flag and the limit', () => {
  it.each([
    [['-a', '48k'], /^-a\/--asize must be a power of two \(got 49152 bytes\)/],
    [
      ['-P', '3k', '-a', '12k'],
      /^-p\/--physmem \(65536 bytes\) must be a multiple of the page size, -P\/--pagesize \(3072 bytes\)/,
    ],
    [['-a', '16k', '-P', '32k', '-p', '64k'], /^-a\/--asize \(16384 bytes\) must be a multiple of the page size/],
    [['-P', '0'], /^-P\/--pagesize must be at least 1 byte/],
    [['-p', '1g'], /^-a\/--asize and -p\/--physmem must be less than 1 GB/],
    [['-p', '16k'], /^-p\/--physmem \(16384 bytes\) must be greater than the address space/],
    [['-p', '1'], /^-p\/--physmem must be more than 1 byte/],
    [['-a', '0'], /^-a\/--asize must be at least 1 byte/],
    [['-a', ''], /^-a\/--asize must be a size such as 16k/],
    [['-a', '4.5k'], /^-a\/--asize must be a size such as 16k/],
    [['-A', '16384'], /^-A\/--addresses: item 0 is "16384"; addresses must be decimal integers from 0 to 16383/],
    [['-A', '5,-1'], /^-A\/--addresses: item 1 is "-1"/],
    [['-A', '0x10'], /^-A\/--addresses: item 0 is "0x10"/],
    [['-P', '1', '-a', '512k', '-p', '2m'], /^-p\/--physmem ÷ -P\/--pagesize is 2097152 frames; at most 1048576/],
    [['-n', '2000000'], /^-n\/--numaddrs must be at most 1000000/],
  ])('%j', (argv, message) => {
    expect(refusal(argv)).toMatch(message);
  });

  it("reads sizes as OSTEP does: suffixes k, m, g in either case, Python's int() before them", () => {
    expect(answer(['-a', '16K', '-p', ' 64k', '-P', '4_096']).pageTable).toEqual([12, null, null, 6]);
  });
});
