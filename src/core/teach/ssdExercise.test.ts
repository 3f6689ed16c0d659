import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSsdExercise, ssdProblem } from './ssdExercise';
import type { Difficulty } from './types';

const spec = (seed: number, difficulty: Difficulty) => ({ kind: 'ssd' as const, seed, difficulty });

describe('the SSD exercise', () => {
  it('worked by hand: six writes to the log fill block 0 and open block 1, both erased when first opened', () => {
    const ex = makeSsdExercise(spec(42, 1));
    expect(ex.tables[0]?.rows.map((r) => r[1])).toEqual([
      'write(6, a)',
      'write(7, b)',
      'write(6, c)',
      'write(7, d)',
      'write(2, e)',
      'write(6, f)',
    ]);
    // the log takes pages 0, 1, 2, …: page 2 was written fifth (page 4), page 6 last (page 5)
    expect(ex.questions.map((q) => [q.id, q.expected])).toEqual([
      ['page-2', '4'],
      ['page-6', '5'],
      ['erases', '2'],
      ['programs', '6'],
    ]);
  });

  it('programs at least one page per host write, and with GC copies live pages on top', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.constantFrom<Difficulty>(1, 2, 3), (seed, d) => {
        const ex = makeSsdExercise(spec(seed, d));
        const p = ssdProblem(spec(seed, d));
        const writes = p.commands.filter((c) => c.op === 'write').length;
        const programs = Number(ex.questions.find((q) => q.id === 'programs')?.expected);
        if (p.config.ftl === 'log') expect(programs).toBeGreaterThanOrEqual(writes);
        const copies = ex.questions
          .find((q) => q.id === 'programs')
          ?.steps.filter((s) => s.startsWith('A copy')).length;
        if (p.config.ftl === 'log') expect(programs).toBe(writes + (copies ?? 0));
        // a page asked about was last written by a write to that logical page, and never trimmed after
        for (const q of ex.questions.filter((x) => x.id.startsWith('page-'))) {
          const l = Number(q.id.slice(5));
          const changes = p.commands.filter((c) => c.page === l && c.op !== 'read');
          expect(changes.at(-1)?.op).toBe('write');
        }
      }),
      { seed: 7, numRuns: 80 },
    );
  });
});
