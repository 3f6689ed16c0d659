import { describe, expect, it } from 'vitest';
import { REPLACEMENTS } from '../types';
import { beladyExample, compareReplacement, simulateReferences } from './referenceString';

const SILBERSCHATZ = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1];

describe('reference-string simulator', () => {
  it('compares every policy on the Silberschatz string with 3 frames', () => {
    const misses = Object.fromEntries(compareReplacement(SILBERSCHATZ, 3).map((r) => [r.policy, r.misses]));
    expect(misses).toEqual({
      LRU: 12,
      FIFO: 15,
      CLOCK: 14,
      SECOND_CHANCE: 14,
      AGING: 12,
      OPT: 9,
      RANDOM: 12,
      MRU: 16,
      UNOPT: 20,
      CLOCK_COUNTERS: 13,
    });
  });

  it('records each step: free frames fill in order, then victims', () => {
    const run = simulateReferences('FIFO', 2, [1, 2, 1, 3]);
    expect(run.steps).toEqual([
      { ref: 1, hit: false, victim: null, frame: 0, frames: [1, null], memory: [1], reason: 'frame 0 was free' },
      { ref: 2, hit: false, victim: null, frame: 1, frames: [1, 2], memory: [1, 2], reason: 'frame 1 was free' },
      { ref: 1, hit: true, victim: null, frame: 0, frames: [1, 2], memory: [1, 2] },
      { ref: 3, hit: false, victim: 1, frame: 0, frames: [3, 2], memory: [2, 3], reason: 'first in (loaded at 0)' },
    ]);
    expect(run).toMatchObject({ hits: 1, misses: 3, hitRate: 0.25 });
  });

  it("shows Belady's anomaly for FIFO only among the stack policies", () => {
    const three = compareReplacement(beladyExample(), 3, ['FIFO', 'LRU', 'OPT']);
    const four = compareReplacement(beladyExample(), 4, ['FIFO', 'LRU', 'OPT']);
    expect(three.map((r) => r.misses)).toEqual([9, 10, 7]);
    expect(four.map((r) => r.misses)).toEqual([10, 8, 6]);
  });

  it('handles the empty string and zero frames without throwing', () => {
    for (const policy of REPLACEMENTS) {
      expect(simulateReferences(policy, 3, [])).toEqual({ hits: 0, misses: 0, hitRate: 0, steps: [] });
      const run = simulateReferences(policy, 0, [1, 1]);
      expect(run).toMatchObject({ hits: 0, misses: 2 });
      expect(run.steps[1]).toMatchObject({ frame: null, victim: null, frames: [], reason: 'no frames' });
    }
  });
});
