import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzOne } from './fuzzChecks';
import { fuzzScenarioArb } from './fuzzScenario';

/** Pinned, so a failure replays; `npm run fuzz -- --seed N --runs M` runs the same check longer. */
const SEED = 11;
const RUNS = 1000;
/**
 * About 4 s alone on a quiet machine, 6 s since memory references stall (memory runs have more decision points and a
 * narrated event per reference): vitest's default 5 s is too tight for it, above all beside the rest of the suite.
 */
const TIMEOUT_MS = 30_000;

describe('fuzz: random valid scenarios through validation and the core', { timeout: TIMEOUT_MS }, () => {
  it('end with a result (never an internal error), one process per CPU per tick, honest accounting', () => {
    let refused = 0;
    fc.assert(
      fc.property(fuzzScenarioArb, (s) => {
        const o = fuzzOne(s);
        if (o.kind === 'refused') refused++;
        else expect(o.violations).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The arbitrary is meant to make valid scenarios: mostly refused would test nothing.
    expect(refused).toBeLessThan(RUNS / 10);
    // About 2–3 s alone; USER memory no longer waits forever in NEW (issue 12), so memory runs go further. The
    // default 5 s is not enough when the whole suite shares the machine.
  }, 30_000);
});
