import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { partsText } from '../textParts';
import { raidProblem, surelyServed } from './raidProblem';
import { raidScript } from './raidScript';

/** raid.py's flags over levels, disks, chunk and request sizes, ranges and both workloads: some land past the disks. */
const flagsArb = fc
  .record({
    seed: fc.nat(100),
    level: fc.constantFrom(0, 1, 4, 5),
    disks: fc.integer({ min: 1, max: 6 }),
    chunk: fc.constantFrom('4k', '8k', '16k', '64k'),
    size: fc.constantFrom('4k', '8k', '12k', '64k', '1m'),
    range: fc.constantFrom(0, 20, 1000, 10_000, 30_000, 100_000),
    requests: fc.nat(60),
    sequential: fc.boolean(),
    writeFrac: fc.constantFrom(0, 50, 100),
    timing: fc.boolean(),
    solve: fc.boolean(),
  })
  .map(
    (f) =>
      `-s ${f.seed} -L ${f.level} -D ${f.level === 1 ? 2 * f.disks : f.level === 0 ? f.disks : f.disks + 1} -C ${f.chunk} -S ${f.size} -R ${f.range} -n ${f.requests} -W ${f.sequential ? 'seq' : 'rand'} -w ${f.writeFrac}${f.timing ? ' -t' : ''}${f.solve ? ' -c' : ''}`,
  );

function options(flags: string) {
  const parsed = optparse(flags.split(' '), raidScript.specs, raidScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.values;
}

describe('surelyServed: problems no request of which can be refused, from the flags alone', () => {
  it('holds only where raid.py serves every request, and the streamed text is the answer held whole', () => {
    const seen = { sure: 0, unsureServed: 0, refused: 0 };
    fc.assert(
      fc.property(flagsArb, (flags) => {
        const v = options(flags);
        const p = raidProblem(v);
        if (typeof p === 'string') throw new Error(p);
        const whole = raidScript.solve(v, runScenario);
        const streamed = raidScript.stream?.(v);
        if (!streamed) throw new Error('raid streams every problem without -F');
        if (surelyServed(v, p)) {
          expect(whole.ok).toBe(true);
          seen.sure++;
        } else if (whole.ok) seen.unsureServed++;
        else seen.refused++;
        if (!whole.ok) expect(streamed).toEqual(whole);
        else if (!streamed.ok) throw new Error(streamed.error);
        else expect(partsText(streamed.lines)).toBe(whole.text);
      }),
      { numRuns: 300 },
    );
    expect(seen.sure).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(10);
    expect(seen.unsureServed).toBeGreaterThan(5);
  });
});
