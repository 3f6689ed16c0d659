import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMigrationExercise, migrationProblem } from './migrationExercise';
import type { Difficulty } from './types';

const spec = (seed: number, difficulty: Difficulty) => ({ kind: 'migration' as const, seed, difficulty });

describe('the live-migration exercise', () => {
  it('asks stop-and-copy alone, then pre-copy, then all three methods', () => {
    expect(makeMigrationExercise(spec(7, 1)).questions.map((q) => q.id)).toEqual(['stop-and-copy-downtime']);
    expect(makeMigrationExercise(spec(7, 2)).questions.map((q) => q.id)).toEqual([
      'stop-and-copy-downtime',
      'pre-copy-rounds',
      'pre-copy-downtime',
      'pre-copy-pages',
    ]);
    expect(makeMigrationExercise(spec(7, 3)).questions.map((q) => q.id)).toEqual([
      'stop-and-copy-downtime',
      'pre-copy-rounds',
      'pre-copy-downtime',
      'pre-copy-pages',
      'post-copy-downtime',
      'least-downtime',
    ]);
  });

  it('worked by hand: stop-and-copy is every page on the wire, rounded up to a tick, plus the latency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (seed) => {
        const p = migrationProblem(spec(seed, 1));
        const { pages, pageSize, bandwidthMbps, latencyTicks } = p.input;
        const byHand = Math.ceil((pages * pageSize) / (bandwidthMbps * 12.5)) + latencyTicks;
        expect(makeMigrationExercise(spec(seed, 1)).questions[0]?.expected).toBe(String(byHand));
      }),
      { seed: 3, numRuns: 50 },
    );
  });

  it('worked by hand: each pre-copy round dirties min(its ticks, the cycle) pages; the pages add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.constantFrom<Difficulty>(2, 3), (seed, d) => {
        const ex = makeMigrationExercise(spec(seed, d));
        const p = migrationProblem(spec(seed, d));
        const answer = (id: string) => Number(ex.questions.find((q) => q.id === id)?.expected);
        const rounds = answer('pre-copy-rounds');
        expect(rounds).toBeGreaterThanOrEqual(1);
        expect(rounds).toBeLessThanOrEqual(p.preCopy.maxRounds);
        // The first round sends every page; later ones and the stop send at most the cycle's pages each.
        const pages = answer('pre-copy-pages');
        expect(pages).toBeGreaterThanOrEqual(p.input.pages);
        expect(pages).toBeLessThanOrEqual(p.input.pages + rounds * p.cycle);
        const steps = ex.questions.find((q) => q.id === 'pre-copy-rounds')?.steps ?? [];
        for (const s of steps.slice(0, rounds)) {
          const [, ticks, cycle, dirtied] = /dirty min\((\d+), (\d+)\) = (\d+) pages/.exec(s) ?? [];
          expect(Number(dirtied)).toBe(Math.min(Number(ticks), Number(cycle)));
        }
      }),
      { seed: 5, numRuns: 40 },
    );
  });

  it('post-copy is down only for the latency, the least of the three', () => {
    const ex = makeMigrationExercise(spec(11, 3));
    const p = migrationProblem(spec(11, 3));
    expect(ex.questions.find((q) => q.id === 'post-copy-downtime')?.expected).toBe(
      String(Math.max(1, p.input.latencyTicks)),
    );
    const least = ex.questions.find((q) => q.id === 'least-downtime');
    expect(least?.expected).toBe('postCopy');
    expect(least?.choices?.map((c) => c.label)).toEqual(['stop-and-copy', 'pre-copy', 'post-copy']);
  });

  it('is the same exercise for the same seed, and another for another', () => {
    expect(makeMigrationExercise(spec(99, 2))).toEqual(makeMigrationExercise(spec(99, 2)));
    expect(makeMigrationExercise(spec(99, 2)).title).toMatch(/^Live migration: \d+ pages over \d+ Mbit\/s/);
  });
});
