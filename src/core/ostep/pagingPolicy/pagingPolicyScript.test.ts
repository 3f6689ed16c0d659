import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PagingPolicyAnswers } from '../answers';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { pagingPolicyScript } from './pagingPolicyScript';

/** `fileText`: the contents of the -f file, which the command line reads. */
function solve(argv: string[], fileText?: string) {
  const parsed = optparse(argv, pagingPolicyScript.specs, pagingPolicyScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return pagingPolicyScript.solve(parsed.values, runScenario, fileText);
}

function answer(argv: string[], fileText?: string): PagingPolicyAnswers {
  const r = solve(argv, fileText);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

const refusal = (argv: string[], fileText?: string): string => {
  const r = solve(argv, fileText);
  return r.ok ? 'accepted' : r.error;
};

describe('paging-policy: answers', () => {
  it("gives OUTPUT.md's JSON: per step the page, hit, victim, memory and running counts (README's LRU example)", () => {
    const a = answer(['-a', '0,1,2,0,1,3,0,3,1,2,1', '-p', 'LRU', '-C', '3']);
    expect(a.steps[5]).toEqual({ page: 3, hit: false, evicted: 2, memory: [0, 1, 3], hits: 2, misses: 4 });
    expect(a.steps[0]).toEqual({ page: 0, hit: false, evicted: null, memory: [0], hits: 0, misses: 1 });
    expect(a).toMatchObject({ hits: 6, misses: 5, hitRate: 54.55 });
  });

  it('reads -f from the text the command line supplies: one page per line, any line ending', () => {
    const a = answer(['-f', 'pages.txt', '-c'], '1\r\n2\n 3\r1\n');
    expect(a.steps.map((s) => s.page)).toEqual([1, 2, 3, 1]);
    expect(refusal(['-f', 'pages.txt'])).toMatch(/^-f\/--addressfile: the contents of "pages.txt" were not given/);
    expect(refusal(['-f', 'p'], '')).toMatch(/holds no page numbers/);
    expect(refusal(['-f', 'p'], '1\n\n2\n')).toMatch(/^-f\/--addressfile: line 2 is empty;/);
    // The line is not echoed: a file named by mistake could hold anything.
    expect(refusal(['-f', 'p'], '1\nsecret\n')).toBe(
      '-f/--addressfile: line 2 is not a page number; each line must hold one page number (an integer ≥ 0)',
    );
  });

  it('treats a CLOCK counter limit below 0 as 0, as OSTEP behaves', () => {
    const argv = ['-p', 'CLOCK', '-n', '40', '-s', '4', '-c'];
    expect(answer([...argv, '-b', '-3'])).toEqual(answer([...argv, '-b', '0']));
  });

  it('hits + misses = references at every step, and the resident list never exceeds the cache (fast-check)', () => {
    const policies = ['FIFO', 'LRU', 'MRU', 'OPT', 'UNOPT', 'RAND', 'CLOCK'];
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(10_000),
        fc.integer({ min: 1, max: 50 }),
        (p, c, seed, n) => {
          const a = answer(['-p', p, '-C', String(c), '-s', String(seed), '-n', String(n)]);
          expect(a.hits + a.misses).toBe(n);
          a.steps.forEach((s, i) => {
            expect(s.hits + s.misses).toBe(i + 1);
            expect(s.memory.length).toBeLessThanOrEqual(c);
            expect(s.memory).toContain(s.page);
          });
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });
});

describe('paging-policy: refusals name the flag and the limit', () => {
  it.each([
    [['-C', '0'], /^-C\/--cachesize must be at least 1 page \(got 0\)/],
    [['-C', '-2'], /^-C\/--cachesize must be at least 1 page/],
    [['-C', 'x'], /^-C\/--cachesize must be an integer \(got "x"\)/],
    [['-p', 'LFU'], /^-p\/--policy must be one of FIFO, LRU, MRU, OPT, UNOPT, RAND, CLOCK/],
    [['-n', '0'], /^-n\/--numaddrs must be at least 1 reference/],
    [['-m', '-4'], /^-m\/--maxpage must be at least 0/],
    [['-s', '0x10'], /^-s\/--seed must be an integer/],
    [['-a', '1,,2'], /^-a\/--addresses: item 1 is ""; pages must be integers ≥ 0/],
    [['-a', '1,-2'], /^-a\/--addresses: item 1 is "-2"/],
    [['-n', '20000', '-C', '1000'], /trace of 20000000 entries; at most 10000000/],
  ])('%j', (argv, message) => {
    expect(refusal(argv)).toMatch(message);
  });

  it("reads Python's int() forms in list items and string flags (spaces, sign, underscores, leading zeros)", () => {
    expect(answer(['-a', ' 3,+4,0_5,007', '-C', '010']).steps.map((s) => s.page)).toEqual([3, 4, 5, 7]);
    expect(solve(['-C', '010', '-a', '1'])).toMatchObject({
      ok: true,
      text: expect.stringContaining('a cache of size 10 pages'),
    });
  });
});
