// `npm run fuzz -- --seed 7 --runs 5000`: the fuzz test's properties (src/core/testing/fuzz.test.ts), longer.
// Prints the counts, or the smallest failing scenario as JSON (fast-check shrinks it) and its violations.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { fuzzOne } from '../core/testing/fuzzChecks';
import { fuzzScenarioArb } from '../core/testing/fuzzScenario';

const USAGE = 'usage: npm run fuzz -- [--seed N] [--runs N]   (defaults: a seed from the clock, 1000 runs)';

function main(argv: string[]): number {
  let values: { seed?: string; runs?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { seed: { type: 'string' }, runs: { type: 'string' } } }));
  } catch (e) {
    console.error(`fuzz: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  const runs = values.runs === undefined ? 1000 : Number(values.runs);
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(runs) || runs < 1) {
    console.error(`fuzz: --seed and --runs take integers (--runs ≥ 1)\n${USAGE}`);
    return 2;
  }
  const counts = { ran: 0, refused: 0 };
  const failed = new Map<unknown, string[]>();
  const result = fc.check(
    fc.property(fuzzScenarioArb, (s) => {
      const o = fuzzOne(s);
      if (o.kind === 'refused') counts.refused++;
      else counts.ran++;
      if (o.kind === 'ran' && o.violations.length > 0) failed.set(s, o.violations);
      return o.kind === 'refused' || o.violations.length === 0;
    }),
    { seed, numRuns: runs },
  );
  console.log(`fuzz: seed ${seed}, ${runs} runs: ${counts.ran} ran, ${counts.refused} refused by validation`);
  if (!result.failed) {
    console.log('fuzz: every property held');
    return 0;
  }
  const [scenario] = result.counterexample ?? [];
  console.error(`fuzz: a property failed (replay: npm run fuzz -- --seed ${seed} --runs ${runs})`);
  for (const v of failed.get(scenario) ?? [String(result.errorInstance)]) console.error(`  ${v}`);
  console.error(JSON.stringify(scenario));
  return 1;
}

process.exitCode = main(process.argv.slice(2));
