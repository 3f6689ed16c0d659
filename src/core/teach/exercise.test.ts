import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKey, makeExercise } from './exercise';
import { askForAnswers, gradeExercise, normalizeAnswer, unanswered } from './grade';
import { replacementExercise } from './replacementExercise';
import { scheduleExercise } from './scheduleExercise';
import { translationExercise } from './translationExercise';
import { EXERCISE_KINDS, type Difficulty, type ExerciseSpec } from './types';

const spec = (kind: ExerciseSpec['kind'], seed = 7, difficulty: Difficulty = 1): ExerciseSpec => ({
  kind,
  seed,
  difficulty,
});

describe('makeExercise', () => {
  it('gives the same exercise for the same seed, and another for another seed', () => {
    for (const kind of EXERCISE_KINDS) {
      expect(makeExercise(spec(kind, 42, 2))).toEqual(makeExercise(spec(kind, 42, 2)));
      const others = [43, 44, 45].map((seed) => JSON.stringify(makeExercise(spec(kind, seed, 2)).tables));
      expect(others.some((t) => t !== JSON.stringify(makeExercise(spec(kind, 42, 2)).tables))).toBe(true);
    }
  });

  it('grows with the difficulty', () => {
    expect([1, 2, 3].map((d) => makeExercise(spec('schedule', 5, d as Difficulty)).tables[0]!.rows.length)).toEqual([
      3, 4, 5,
    ]);
    const refs = [1, 3].map((d) => makeExercise(spec('replacement', 5, d as Difficulty)).tables[0]!.columns.length);
    expect(refs[0]).toBeLessThan(refs[1]!);
  });
});

describe('hand-worked exercises', () => {
  it('schedule: Silberschatz FCFS (24, 3, 3) completes at 24, 27, 30; P2 runs at tick 25', () => {
    const jobs = [24, 3, 3].map((b) => ({ arrival: 0, bursts: [b], priority: 0 }));
    const ex = scheduleExercise(spec('schedule'), { policy: 'FIFO' }, jobs, () => [25]);
    expect(answerKey(ex)).toEqual(['24', '27', '30', 'P2']);
    expect(ex.scenario?.processes.map((p) => p.bursts)).toEqual([[24], [3], [3]]);
  });

  it('schedule: the same under RR with quantum 4 completes at 30, 7, 10; P2 runs at tick 5, P1 at 12', () => {
    const jobs = [24, 3, 3].map((b) => ({ arrival: 0, bursts: [b], priority: 0 }));
    const ex = scheduleExercise(spec('schedule'), { policy: 'RR', quantum: 4 }, jobs, () => [5, 12]);
    expect(answerKey(ex)).toEqual(['30', '7', '10', 'P2', 'P1']);
  });

  it('schedule: an idle CPU before the first arrival is "idle"', () => {
    const ex = scheduleExercise(
      spec('schedule'),
      { policy: 'FIFO' },
      [{ arrival: 3, bursts: [2], priority: 0 }],
      () => [1],
    );
    expect(answerKey(ex)).toEqual(['5', 'idle']);
  });

  it("replacement: Belady's string under FIFO with 3 frames has 9 faults; victims 1, none, 1", () => {
    const refs = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];
    const ex = replacementExercise(spec('replacement'), { policy: 'FIFO', frames: 3, refs, asks: [3, 7, 9] });
    expect(answerKey(ex)).toEqual(['9', '1', 'none', '1']);
  });

  it('replacement: the same string under LRU has 10 faults; reference 10 evicts 5', () => {
    const refs = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];
    const ex = replacementExercise(spec('replacement'), { policy: 'LRU', frames: 3, refs, asks: [9] });
    expect(answerKey(ex)).toEqual(['10', '5']);
  });

  it('translation: pages placed lowest-free-first, one freed, give frame × size + offset or fault', () => {
    // own VPN 1 -> frame 0; pid 2 takes frames 1, 2; own VPN 2 -> 3, VPN 3 -> 4; then VPN 2 is freed.
    const script = [
      { op: 'own' },
      { op: 'other' },
      { op: 'other' },
      { op: 'own' },
      { op: 'own' },
      { op: 'freeOther', index: 0 },
      { op: 'freeOwn', index: 1 },
    ] as const;
    const ex = translationExercise(spec('translation'), {
      pageSize: 1024,
      script: [...script],
      addresses: [1029, 2058, 3172, 0, 5000],
    });
    expect(ex.tables[0]!.rows).toEqual([
      ['0', 'no', '–'],
      ['1', 'yes', '0'],
      ['2', 'no', '–'],
      ['3', 'yes', '4'],
      ['4', 'no', '–'],
    ]);
    expect(answerKey(ex)).toEqual(['5', 'fault', '4196', 'fault', 'fault']);
    expect(ex.questions[2]!.steps.join(' ')).toMatch(/page 3, offset 100.*frame 4/);
  });
});

describe('gradeExercise', () => {
  const jobs = [24, 3, 3].map((b) => ({ arrival: 0, bursts: [b], priority: 0 }));
  const ex = scheduleExercise(spec('schedule'), { policy: 'FIFO' }, jobs, () => [25]);

  it('marks right and wrong answers; a wrong verdict keeps the answer back, the steps carry it', () => {
    const r = gradeExercise(ex, ['24', '30', ' 30 ', 'p2']);
    expect(r.map((q) => q.right)).toEqual([true, false, true, true]);
    expect(r[0]!.verdict).toBe('Right: Completion time of P1 is 24.');
    expect(r[1]!.expected).toBe('27');
    expect(r[1]!.verdict).toBe('Wrong: 30 is not right. Try again.');
    expect(r[1]!.verdict).not.toContain('27');
    expect(r[1]!.explanation.at(-1)).toBe('So P2 completes at tick 27.');
    expect(r[1]!.explanation.some((s) => s.includes('P2 chosen for CPU 0: first in the FIFO queue'))).toBe(true);
    expect(r[0]!.explanation).toEqual([]);
  });

  it('treats a missing or unreadable answer as wrong and says why', () => {
    const r = gradeExercise(ex, ['', 'soon']);
    expect(r[0]!.verdict).toBe('No answer yet.');
    expect(r[1]!.verdict).toBe('Wrong: “soon” is not a whole number. Try again.');
    expect(r.every((q) => !q.right)).toBe(true);
  });

  it('asks for the blanks by name instead of grading them', () => {
    expect(unanswered(ex, ['24', ' ', '30'])).toEqual([1, 3]);
    expect(askForAnswers(ex, [1, 3])).toBe(
      'Fill in every answer before checking: Completion time of P2; Process on the CPU at tick 25.',
    );
    expect(askForAnswers(ex, [])).toBe('');
  });

  it('reads answers in the forms people write them', () => {
    expect(normalizeAnswer('process', 'P 3')).toBe('P3');
    expect(normalizeAnswer('process', '3')).toBe('P3');
    expect(normalizeAnswer('process', 'Idle')).toBe('idle');
    expect(normalizeAnswer('page', 'None')).toBe('none');
    expect(normalizeAnswer('page', '-')).toBe('none');
    expect(normalizeAnswer('address', '0x1F')).toBe('31');
    expect(normalizeAnswer('address', 'Page fault')).toBe('fault');
    expect(normalizeAnswer('integer', '1,000')).toBeNull();
  });
});

describe('properties', () => {
  const anySpec = fc.record({
    kind: fc.constantFrom(...EXERCISE_KINDS),
    seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    difficulty: fc.constantFrom<Difficulty>(1, 2, 3),
  });

  it("an exercise's own answer key grades all right, and every question has steps", () => {
    fc.assert(
      fc.property(anySpec, (s) => {
        const ex = makeExercise(s);
        expect(ex.questions.length).toBeGreaterThan(0);
        const graded = gradeExercise(ex, answerKey(ex));
        expect(graded.filter((q) => !q.right)).toEqual([]);
        for (const q of ex.questions) expect(q.steps.length).toBeGreaterThan(0);
      }),
      { seed: 20240604, numRuns: 150 },
    );
  });

  it('schedule exercises finish, and every completion is after the arrival', () => {
    fc.assert(
      fc.property(anySpec, (s) => {
        const ex = makeExercise({ ...s, kind: 'schedule' });
        ex.tables[0]!.rows.forEach((row, i) =>
          expect(Number(ex.questions[i]!.expected)).toBeGreaterThan(Number(row[1])),
        );
      }),
      { seed: 7, numRuns: 80 },
    );
  });
});
