import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { partsText } from '../textParts';
import { linearTranslateScript } from './linearTranslateScript';

function values(argv: string[]) {
  const parsed = optparse(argv, linearTranslateScript.specs, linearTranslateScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.values;
}

function streamed(argv: string[]) {
  const r = linearTranslateScript.stream?.(values(argv));
  if (!r) throw new Error('paging-linear-translate streams its text');
  return r;
}

const noRun = () => 'no scenario runs here';

describe("paging-linear-translate's text, streamed as it is made", () => {
  it('is byte for byte the text solving it whole gives, whatever the flags (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.nat(100),
          page: fc.constantFrom('8', '1k', '4k'),
          asize: fc.constantFrom('16k', '64k', '512m'),
          used: fc.integer({ min: 0, max: 100 }),
          n: fc.nat(40),
          verbose: fc.boolean(),
          solve: fc.boolean(),
        }),
        (f) => {
          const argv = ['-s', String(f.seed), '-P', f.asize === '512m' ? '4m' : f.page, '-a', f.asize];
          argv.push('-p', f.asize === '512m' ? '1000m' : '1m', '-u', String(f.used), '-n', String(f.n));
          if (f.verbose) argv.push('-v');
          if (f.solve) argv.push('-c');
          const whole = linearTranslateScript.solve(values(argv), noRun);
          const stream = streamed(argv);
          if (!whole.ok) return expect(stream).toEqual({ ok: false, error: whole.error });
          if (!stream.ok) throw new Error(stream.error);
          expect(partsText(stream.lines)).toBe(whole.text);
        },
      ),
      { seed: 8, numRuns: 60 },
    );
  });

  it('translates as many addresses as OSTEP does, drawn as they are printed; an answer held whole keeps its bound', () => {
    const argv = ['-s', '1', '-P', '1k', '-a', '1m', '-p', '512m', '-n', '2000000', '-c'];
    const stream = streamed(argv);
    if (!stream.ok) throw new Error(stream.error);
    // Lazy: the page table and the first addresses come without the 2,000,000 being drawn.
    const parts = stream.lines[Symbol.iterator]();
    expect(parts.next().value).toMatch(/^ARG seed 1\n/);
    expect(linearTranslateScript.solve(values(argv), noRun)).toEqual({
      ok: false,
      error:
        "-n/--numaddrs must be at most 1000000 when the answer is held whole (got 2000000; the command line prints OSTEP's text as it is made, without this limit)",
    });
  });
});
