import { describe, expect, it } from 'vitest';
import { exerciseLink, parseExerciseLink } from './link';

describe('exercise links', () => {
  it('round-trips an exercise and its answers', () => {
    const link = exerciseLink({ kind: 'schedule', seed: 42, difficulty: 2 }, ['12', '', 'P2', 'idle']);
    expect(link).toBe('?exercise=schedule-42-2&answers=12,,P2,idle');
    expect(parseExerciseLink(link)).toEqual({
      ok: true,
      spec: { kind: 'schedule', seed: 42, difficulty: 2 },
      answers: ['12', '', 'P2', 'idle'],
    });
  });

  it('leaves answers out when there are none, and keeps spaces', () => {
    expect(exerciseLink({ kind: 'translation', seed: 0, difficulty: 1 }, ['', ''])).toBe('?exercise=translation-0-1');
    const link = exerciseLink({ kind: 'replacement', seed: 9, difficulty: 3 }, ['page fault', '0x1F']);
    expect(parseExerciseLink(link)).toMatchObject({ ok: true, answers: ['page fault', '0x1F'] });
    expect(parseExerciseLink('exercise=replacement-9-3&answers=a+b')).toMatchObject({ ok: true, answers: ['a b'] });
  });

  it('ignores other parameters', () => {
    expect(parseExerciseLink('?theme=dark&exercise=schedule-1-1')).toMatchObject({ ok: true, answers: null });
  });

  it.each([
    ['', /has no exercise/],
    ['?exercise=', /is not <kind>-<seed>-<difficulty>/],
    ['?exercise=schedule-42', /is not <kind>-<seed>-<difficulty>/],
    ['?exercise=cooking-42-1', /kind must be one of schedule, replacement, translation/],
    ['?exercise=schedule-4294967296-1', /seed must be an integer 0..4294967295/],
    ['?exercise=schedule-1-4', /difficulty must be 1, 2 or 3/],
    ['?exercise=schedule--1-1', /is not/],
    ['?exercise=schedule-1-1&answers=%E0%A4%A', /bad % escape/],
    ['?exercise=schedule-1-1&answers=<script>', /each answer must be/],
    [`?exercise=schedule-1-1&answers=${'1,'.repeat(40)}`, /at most 32 answers/],
    [`?exercise=schedule-1-1&x=${'a'.repeat(3000)}`, /longer than 2000/],
  ])('refuses %j', (search, message) => {
    const r = parseExerciseLink(search);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(message);
  });
});
