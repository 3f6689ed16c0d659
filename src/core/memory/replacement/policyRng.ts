import { nextInt, seedRng, type RngState } from '../../kernel/rng';
import { cloneRandom, pyRandom, type PyRandomState } from '../../ostep/pyRandom';

/**
 * Where a randomized policy (RANDOM, CLOCK_COUNTERS) draws its numbers: its own seeded stream, or CPython's
 * `random` continuing a given state. OSTEP's paging-policy.py draws its victims from the same stream that
 * generated its reference string, so reproducing it means carrying on from that state. Plain data either way.
 */
export type PolicyRng = { kind: 'seeded'; state: RngState } | { kind: 'python'; state: PyRandomState };

/** The stream for a new policy state: a copy of `python` when given (the caller's state is not advanced). */
export function policyRng(seed: number, python: PyRandomState | undefined): PolicyRng {
  return python ? { kind: 'python', state: cloneRandom(python) } : { kind: 'seeded', state: seedRng(seed) };
}

/**
 * An index in [0, n), n ≥ 1. CPython's as OSTEP computes it, `int(random.random() * n)` (one draw, a tiny bias
 * for huge n that OSTEP has too); ours without modulo bias.
 */
export function drawIndex(r: PolicyRng, n: number): number {
  return r.kind === 'python' ? Math.floor(pyRandom(r.state) * n) : nextInt(r.state, n);
}
