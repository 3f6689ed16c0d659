import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawExercise, MAX_DRAW_TICKS } from './drawExercise';
import { answerKey, makeExercise } from './exercise';
import { askForAnswers, gradeExercise, scoreOf, unanswered } from './grade';
import type { Difficulty, Exercise } from './types';

const SPEC = { kind: 'draw', seed: 1, difficulty: 1 } as const;
const silberschatz = [24, 3, 3].map((b) => ({ arrival: 0, bursts: [b], priority: 0 }));

describe('draw the schedule', () => {
  it('asks for every tick of CPU 0, answered by the real run (RR, quantum 4, cut to 30 ticks)', () => {
    const ex = drawExercise(SPEC, { policy: 'RR', quantum: 4 }, silberschatz);
    // 24 + 3 + 3 = 30 ticks: it fits, so nothing is cut.
    expect(ex.grid).toEqual({ rows: ['CPU 0'], ticks: 30, choices: ['P1', 'P2', 'P3', 'idle'] });
    expect(answerKey(ex).join(' ')).toBe(['P1 P1 P1 P1', 'P2 P2 P2', 'P3 P3 P3', ...Array(20).fill('P1')].join(' '));
    expect(ex.questions[4]).toMatchObject({ id: 'cell-0-4', label: 'CPU 0 at tick 4', answerType: 'process' });
    expect(ex.questions[4]!.steps.at(-1)).toBe('So from tick 4 to 5 P2 is on the CPU (it runs from tick 4 to 7).');
  });

  it('cuts the longest burst until the run fits in 30 ticks, and draws idle ticks', () => {
    const ex = drawExercise(SPEC, { policy: 'FIFO' }, [
      { arrival: 2, bursts: [20], priority: 0 },
      { arrival: 3, bursts: [15], priority: 0 },
    ]);
    expect(ex.tables[0]!.rows.map((r) => r[2])).toEqual(['14', '14']);
    expect(ex.grid!.ticks).toBe(30);
    expect(answerKey(ex).slice(0, 3)).toEqual(['idle', 'idle', 'P1']);
  });

  it('names the empty ticks when asked to check early, as runs', () => {
    const ex = makeExercise(SPEC);
    const drawn = answerKey(ex).map((a, t) => ([1, 2, 3, 5].includes(t) ? '' : a));
    expect(askForAnswers(ex, unanswered(ex, drawn))).toBe(
      'Fill in every tick before checking. Still empty: CPU 0: ticks 1–3 and 5.',
    );
    expect(askForAnswers(ex, [0])).toBe('Fill in every tick before checking. Still empty: CPU 0: tick 0.');
  });

  it('scores in whole percent, rounded down', () => {
    const ex = drawExercise(SPEC, { policy: 'FIFO' }, silberschatz);
    const drawn = answerKey(ex).map((a, t) => (t === 0 ? 'P2' : a));
    expect(scoreOf(gradeExercise(ex, drawn))).toEqual({ right: 29, total: 30, percent: 96 });
  });
});

const exerciseOf = ({ seed, difficulty }: { seed: number; difficulty: Difficulty }): Exercise =>
  makeExercise({ kind: 'draw', seed, difficulty });

describe('draw the schedule: properties', () => {
  const anyDraw = fc.record({
    seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    difficulty: fc.constantFrom<Difficulty>(1, 2, 3),
  });

  it('fits 3–5 processes in at most 30 ticks, with a cell per tick', () => {
    fc.assert(
      fc.property(anyDraw, (s) => {
        const ex = exerciseOf(s);
        expect(ex.grid!.ticks).toBeLessThanOrEqual(MAX_DRAW_TICKS);
        expect(ex.questions).toHaveLength(ex.grid!.ticks);
        expect(ex.tables[0]!.rows.length).toBe(2 + s.difficulty);
      }),
      { seed: 10, numRuns: 60 },
    );
  });

  it('a grid equal to the truth scores 100 %; changing one cell lowers it by exactly one cell', () => {
    fc.assert(
      fc.property(anyDraw, fc.nat(), fc.nat(), (s, cellPick, choicePick) => {
        const ex = exerciseOf(s);
        const truth = answerKey(ex);
        expect(scoreOf(gradeExercise(ex, truth))).toEqual({ right: truth.length, total: truth.length, percent: 100 });
        const cell = cellPick % truth.length;
        const others = ex.grid!.choices.filter((c) => c !== truth[cell]);
        const changed = truth.map((a, i) => (i === cell ? others[choicePick % others.length]! : a));
        const graded = gradeExercise(ex, changed);
        expect(scoreOf(graded).right).toBe(truth.length - 1);
        expect(graded.findIndex((r) => !r.right)).toBe(cell);
      }),
      { seed: 11, numRuns: 100 },
    );
  });
});
