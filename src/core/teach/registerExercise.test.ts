import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKey, makeExercise } from './exercise';
import { gradeExercise } from './grade';
import { boundsExercise, boundsParams, segmentsExercise, segmentsParams } from './registerExercise';
import type { Difficulty, ExerciseSpec } from './types';

const spec = (kind: ExerciseSpec['kind'], seed = 7, difficulty: Difficulty = 1): ExerciseSpec => ({
  kind,
  seed,
  difficulty,
});

describe('base-and-bounds exercise', () => {
  it('hand-worked: base 12418, bounds 472 (relocation.py -s 0): 430 → 12848, 523 faults', () => {
    const ex = boundsExercise(spec('bounds'), {
      asize: 1024,
      registers: { base: 12418, bounds: 472 },
      addresses: [430, 523, 471, 472],
    });
    expect(answerKey(ex)).toEqual(['12848', 'fault', '12889', 'fault']);
    expect(ex.questions[0]?.steps).toEqual([
      'VA 0x1ae is below the bounds register 0x1d8: it is inside the address space.',
      'PA = base 0x3082 + VA 0x1ae = 0x3230.',
      'So virtual 430 is physical 12848.',
    ]);
    expect(ex.questions[1]?.steps[1]).toBe(
      'The MMU raises a segmentation violation: segmentation violation: VA 0x20b ≥ bounds 0x1d8.',
    );
  });

  it('asks about addresses inside and outside the bounds, and grades its own key right (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom<Difficulty>(1, 2, 3), (seed, d) => {
        const ex = makeExercise(spec('bounds', seed, d));
        const key = answerKey(ex);
        expect(key).toHaveLength([3, 4, 5][d - 1]!);
        expect(key.filter((k) => k === 'fault').length).toBeGreaterThan(0);
        expect(gradeExercise(ex, key).every((g) => g.right)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('asks every address even when the bounds leave only a few bytes outside (seed 70799120, found by fast-check)', () => {
    const p = boundsParams(70799120, 2);
    expect(p.registers.bounds).toBeGreaterThan(p.asize - 64);
    expect(new Set(p.addresses).size).toBe(4);
    expect(p.addresses.filter((va) => va >= p.registers.bounds).length).toBe(2);
  });
});

describe('segmentation exercise', () => {
  it("hand-worked: segmentation.py's README (seed 0): 414 → 7304, 802 → 4470, 523 and 488 fault", () => {
    const ex = segmentsExercise(spec('segments'), {
      table: {
        addressSpace: 1024,
        segments: [
          { base: 6890, bounds: 472, grows: 'up' },
          { base: 4692, bounds: 450, grows: 'down' },
        ],
      },
      addresses: [414, 802, 523, 488],
    });
    expect(answerKey(ex)).toEqual(['7304', '4470', 'fault', 'fault']);
    expect(ex.questions[1]?.steps).toEqual([
      'The top bits of VA 0x322 select segment 1, which grows down.',
      'Growing down, the offset is VA − the end of its part of the address space: −0xde (0xde below the top).',
      "0xde ≤ the segment's bounds 0x1c2: inside the segment.",
      'PA = base 0x1254 − 0xde = 0x1176.',
      'So virtual 802 is physical 4470.',
    ]);
  });

  it('places the segments apart in physical memory, with an unused slot at difficulty 3', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom<Difficulty>(1, 2, 3), (seed, d) => {
        const { table } = segmentsParams(seed, d);
        const ranges = table.segments
          .map((s) => (s.grows === 'up' ? [s.base, s.base + s.bounds] : [s.base - s.bounds, s.base]))
          .sort((a, b) => a[0]! - b[0]!);
        for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThanOrEqual(ranges[i - 1]![1]!);
        expect(table.segments.map((s) => s.grows)).toEqual(d === 3 ? ['up', 'up', 'up', 'down'] : ['up', 'down']);
        const ex = makeExercise(spec('segments', seed, d));
        expect(gradeExercise(ex, answerKey(ex)).every((g) => g.right)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
