import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKey, makeExercise } from './exercise';
import { gradeExercise } from './grade';
import type { Difficulty, Exercise } from './types';

const make = (seed: number, difficulty: Difficulty): Exercise =>
  makeExercise({ kind: 'process-tree', seed, difficulty });

/** A drawn tree's rows back as text, the no-break spaces as spaces. */
const drawn = (ex: Exercise, table: number): string[] =>
  (ex.tables[table]?.rows ?? []).map((r) => (r[0] ?? '').replaceAll('\u00a0', ' '));

describe('process-tree exercises', () => {
  it('seed 7, level 1: four forks shown, the fifth hidden and asked back from the two trees', () => {
    const ex = make(7, 1);
    expect(ex.tables[0]?.rows.map((r) => r[1])).toEqual([
      'a forks b',
      'b forks c',
      'c forks d',
      'b forks e',
      '(hidden: the last question asks for it)',
    ]);
    expect(drawn(ex, 1)).toEqual(['a', '└── b', '    ├── c', '    │   └── d', '    └── e']);
    expect(drawn(ex, 2)).toEqual(['a', '└── b', '    ├── c', '    │   └── d', '    └── e', '        └── f']);
    const reverse = ex.questions.at(-1);
    expect(reverse?.expected).toBe('e+f');
    expect(reverse?.choices?.map((c) => c.label)).toContain('e forks f');
  });

  it('asks who adopted the orphans when an exit re-parents them, with the rule in the problem', () => {
    const withOrphans = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
      .map((seed) => make(seed, 2))
      .find((ex) => ex.questions.at(-1)?.steps[0]?.includes('leaving'));
    expect(withOrphans).toBeDefined();
    const ex = withOrphans as Exercise;
    expect(ex.intro[0]).toMatch(/re-parented as (OSTEP's fork\.py does by default|fork\.py -R does)/);
    expect(ex.questions.at(-1)?.steps[0]).toMatch(/exits, leaving .* become|becomes a child/);
  });

  it('every answer is among its choices, the key grades right, and the true action is offered among distinct others', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.constantFrom<Difficulty>(1, 2, 3), (seed, d) => {
        const ex = make(seed, d);
        expect(ex).toEqual(make(seed, d));
        for (const q of ex.questions) expect(q.choices?.map((c) => c.value)).toContain(q.expected);
        expect(gradeExercise(ex, answerKey(ex)).every((r) => r.right)).toBe(true);
        const reverse = ex.questions.at(-1);
        // the true action is offered with at least one wrong one
        expect(reverse?.choices?.length).toBeGreaterThan(1);
        expect(new Set(reverse?.choices?.map((c) => c.value)).size).toBe(reverse?.choices?.length);
        // in code-unit order, which no runtime's collation data changes ("b+c" before "b-")
        const values = reverse?.choices?.map((c) => c.value) ?? [];
        expect(values).toEqual([...values].sort());
      }),
      { numRuns: 150 },
    );
  });
});
