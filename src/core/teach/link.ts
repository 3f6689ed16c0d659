import { exerciseId } from './draw';
import { EXERCISE_KINDS, MAX_SEED, type Difficulty, type ExerciseKind, type ExerciseSpec } from './types';

/** At most this many answers, each at most this long, travel in a link. */
export const LINK_LIMITS = { answers: 32, answerLength: 24 } as const;

export type ParsedExerciseLink =
  { ok: true; spec: ExerciseSpec; answers: string[] | null } | { ok: false; errors: string[] };

/** Answers are cut to the characters an answer needs, so a link cannot carry anything else. */
function cleanAnswer(a: string): string {
  return a
    .replace(/[^\w .-]/g, '')
    .trim()
    .slice(0, LINK_LIMITS.answerLength);
}

/**
 * The query string of an exercise: `?exercise=<kind>-<seed>-<difficulty>`, with `&answers=a,b,…` when
 * given (empty answers stay as empty places so positions line up with the questions).
 */
export function exerciseLink(ex: ExerciseSpec, answers?: readonly string[]): string {
  const link = `?exercise=${exerciseId(ex)}`;
  if (!answers || !answers.some((a) => cleanAnswer(a) !== '')) return link;
  return `${link}&answers=${answers
    .slice(0, LINK_LIMITS.answers)
    .map((a) => encodeURIComponent(cleanAnswer(a)))
    .join(',')}`;
}

/** The query's parameters (the core has no URLSearchParams): "+" is a space, bad escapes refuse the link. */
function queryParams(search: string): Map<string, string> | null {
  const out = new Map<string, string>();
  for (const part of (search.startsWith('?') ? search.slice(1) : search).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const [k, v] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    try {
      const key = decodeURIComponent(k.replace(/\+/g, ' '));
      if (!out.has(key)) out.set(key, decodeURIComponent(v.replace(/\+/g, ' ')));
    } catch {
      return null;
    }
  }
  return out;
}

const ID = /^([a-z]+)-(\d{1,10})-(\d)$/;

/**
 * Reads an exercise from a query string ("?exercise=schedule-42-2&answers=12,7"). Never throws: anything
 * else is refused with sentences naming what is wrong and what is allowed.
 */
export function parseExerciseLink(search: string): ParsedExerciseLink {
  if (search.length > 2000) return { ok: false, errors: ['the link is longer than 2000 characters'] };
  const params = queryParams(search);
  if (!params) return { ok: false, errors: ['the link could not be read (a bad % escape)'] };
  const raw = params.get('exercise');
  if (raw === undefined)
    return { ok: false, errors: ['the link has no exercise (expected ?exercise=<kind>-<seed>-<difficulty>)'] };
  const m = ID.exec(raw.trim());
  if (!m)
    return { ok: false, errors: [`“${raw.slice(0, 40)}” is not <kind>-<seed>-<difficulty>, such as schedule-42-2`] };
  const errors: string[] = [];
  const kind = m[1] as ExerciseKind;
  const seed = Number(m[2]);
  const difficulty = Number(m[3]);
  if (!EXERCISE_KINDS.includes(kind)) errors.push(`kind must be one of ${EXERCISE_KINDS.join(', ')} (got ${m[1]})`);
  if (!(seed <= MAX_SEED)) errors.push(`seed must be an integer 0..${MAX_SEED} (got ${m[2]})`);
  if (!(difficulty >= 1 && difficulty <= 3)) errors.push(`difficulty must be 1, 2 or 3 (got ${m[3]})`);
  const rawAnswers = params.get('answers');
  const answers = rawAnswers === undefined ? null : rawAnswers.split(',');
  if (answers) {
    if (answers.length > LINK_LIMITS.answers)
      errors.push(`a link carries at most ${LINK_LIMITS.answers} answers (got ${answers.length})`);
    else if (answers.some((a) => a.length > LINK_LIMITS.answerLength || cleanAnswer(a) !== a.trim()))
      errors.push(`each answer must be at most ${LINK_LIMITS.answerLength} letters, digits, spaces, dots or dashes`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    spec: { kind, seed, difficulty: difficulty as Difficulty },
    answers: answers?.map((a) => a.trim()) ?? null,
  };
}
