// Setup of every vitest project: the property tests draw from one fixed seed, so `npm test` (and CI) checks the same
// cases on every run and a red run is never luck. `FC_SEED=random npx vitest run` explores fresh seeds (fast-check
// prints the seed of a failure: pin its case in a test); `FC_SEED=N` replays one. A test's own seed still wins.
import fc from 'fast-check';

const FIXED_SEED = 20261206;

const asked = process.env.FC_SEED;
if (asked !== 'random') {
  const seed = asked === undefined || asked === '' ? FIXED_SEED : Number(asked);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random" (got ${asked})`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
