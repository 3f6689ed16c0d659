import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessMetrics } from '../core/index';
import type { ProcessPatch } from './frame';
import { allSteps, applyProcessPatch, noHeldRows, processPatchSteps } from './processRows';

const STATES = ['NEW', 'READY', 'RUNNING', 'TERMINATED'] as const;
const row = (pid: number, state: (typeof STATES)[number]) => ({ pid, state }) as ProcessMetrics;

/** A patch of `count` rows changing the rows at `at` (distinct, any order), each to a row in the state given. */
function patchOf(count: number, at: [index: number, state: number][]): ProcessPatch {
  const changed = at.map(([i, s]): [number, ProcessMetrics] => [i % count, row(i % count, STATES[s % 4]!)]);
  const unique = [...new Map(changed.map((c) => [c[0], c])).values()];
  return { count, changed: unique, again: { unarrived: new Int32Array(0), ended: new Int32Array(0) } };
}

function* counted(): Generator<void, number> {
  yield;
  yield;
  return 3;
}

describe('processPatchSteps', () => {
  it('comes, in steps of any size, to the table and held rows applyProcessPatch makes at once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
        fc.integer({ min: 1, max: 20 }),
        (count, at, rowsPerStep) => {
          const before = Array.from({ length: count }, (_, i) => row(i, 'READY'));
          const patch = patchOf(count, at);
          const heldAtOnce = noHeldRows();
          const atOnce = applyProcessPatch(before, patch, heldAtOnce);
          const heldInSteps = noHeldRows();
          const steps = processPatchSteps(before, patch, heldInSteps, rowsPerStep);
          let pauses = 0;
          let step = steps.next();
          for (; !step.done; step = steps.next()) pauses++;
          expect(step.value).toEqual(atOnce);
          expect(heldInSteps).toEqual(heldAtOnce);
          expect(pauses).toBe(Math.max(0, Math.ceil(patch.changed.length / rowsPerStep) - 1));
          // The rows before are the receiver's own: never changed in place.
          expect(before.every((r) => r.state === 'READY')).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('allSteps takes a generator to its end', () => {
    expect(allSteps(counted())).toBe(3);
  });
});
