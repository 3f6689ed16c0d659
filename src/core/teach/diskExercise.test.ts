import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diskProblem, makeDiskExercise } from './diskExercise';
import type { Difficulty } from './types';

const spec = (seed: number, difficulty: Difficulty) => ({ kind: 'disk' as const, seed, difficulty });

describe('the disk scheduling exercise', () => {
  it('asks for each block in the order served, then the whole time', () => {
    const ex = makeDiskExercise(spec(42, 1));
    expect(ex.questions.map((q) => q.id)).toEqual(['next-1', 'next-2', 'next-3', 'next-4', 'total']);
    expect(ex.tables[1]?.rows.map((r) => r[1])).toEqual(diskProblem(spec(42, 1)).requests.map(String));
  });

  it('worked by hand: SSTF from block 6 serves the outer track first, nearest track next, each in the order it comes round', () => {
    // seed 42 at difficulty 2: SSTF, window 2, queue 9 13 23 2 7; the head starts mid-block 6 on the outer track
    const ex = makeDiskExercise(spec(42, 2));
    expect(ex.title).toBe('Disk scheduling: SSTF with a window of 2, 5 requests');
    expect(ex.questions.map((q) => q.expected)).toEqual(['9', '13', '23', '2', '7', '765']);
    // block 9 is three sectors round from block 6: 90° less the half sector to its start, then 30 to read it
    expect(ex.questions[0]?.steps[0]).toContain('105 from the head (seek 0, rotate 75, transfer 30)');
  });

  it('serves every request once, and the whole time is the sum of each request’s seek, rotation and transfer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.constantFrom<Difficulty>(1, 2, 3), (seed, d) => {
        const ex = makeDiskExercise(spec(seed, d));
        const served = ex.questions.filter((q) => q.id.startsWith('next-')).map((q) => Number(q.expected));
        const asked = diskProblem(spec(seed, d)).requests;
        expect([...served].sort((a, b) => a - b)).toEqual([...asked].sort((a, b) => a - b));
        const parts = ex.questions
          .at(-1)
          ?.steps.slice(0, -1)
          .map((s) => Number(/— (\d+) ticks/.exec(s)?.[1]));
        expect(parts?.reduce((a, b) => a + b, 0)).toBe(Number(ex.questions.at(-1)?.expected));
      }),
      { seed: 15, numRuns: 60 },
    );
  });
});
