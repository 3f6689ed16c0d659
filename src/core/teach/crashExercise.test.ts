import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crashPoint } from '../fs/crash/crashPoint';
import { CRASH_DEMO_DISK } from '../fs/crash/crashDemo';
import { planWrites } from '../fs/crash/planWrites';
import { parseFsOp, type FsOp } from '../fs/fsOp';
import { makeCrashExercise } from './crashExercise';
import { makeExercise } from './exercise';
import { gradeExercise } from './grade';

describe('the crash-point exercise', () => {
  it('is the same for the same seed, and its answers are the crash explorer’s', () => {
    const ex = makeCrashExercise({ kind: 'crash', seed: 7, difficulty: 2 });
    expect(makeExercise({ kind: 'crash', seed: 7, difficulty: 2 })).toEqual(ex);
    const workload = (ex.tables[0]?.rows ?? []).map(([, line]) => (parseFsOp(line as string) as { op: FsOp }).op);
    const mode = ex.title.includes('Data') ? 'data' : 'ordered';
    const plan = planWrites(workload, CRASH_DEMO_DISK, mode);
    if (!plan.ok) throw new Error(plan.error.message);
    expect(ex.tables[1]?.rows.length).toBe(plan.plan.writes.length);
    for (const q of ex.questions) {
      const after = Number(q.id.split('-')[1]);
      const p = crashPoint(plan.plan, after);
      expect(q.expected).toBe(
        q.id.startsWith('fsck')
          ? String(p.findings.length)
          : String(p.fates.filter((f) => f.status === 'survived').length),
      );
    }
  });

  it('in data and ordered mode (difficulty 2) fsck finds nothing at any crash point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (seed) => {
        const ex = makeCrashExercise({ kind: 'crash', seed, difficulty: 2 });
        for (const q of ex.questions) if (q.id.startsWith('fsck')) expect(q.expected).toBe('0');
      }),
      { numRuns: 40 },
    );
  });

  it('grades a right answer right and explains a wrong one without giving it away', () => {
    const ex = makeCrashExercise({ kind: 'crash', seed: 3, difficulty: 1 });
    const answers = ex.questions.map((q) => q.expected);
    expect(gradeExercise(ex, answers).every((r) => r.right)).toBe(true);
    const wrong = gradeExercise(ex, ['99', ...answers.slice(1)])[0];
    expect(wrong?.right).toBe(false);
    expect(wrong?.verdict).toMatch(/^Wrong/);
  });

  it('makes an exercise at every difficulty for many seeds (the workloads always plan)', () => {
    for (const difficulty of [1, 2, 3] as const)
      for (let seed = 0; seed < 30; seed++) {
        const ex = makeCrashExercise({ kind: 'crash', seed, difficulty });
        expect(ex.questions.length).toBeGreaterThan(0);
      }
  });
});
