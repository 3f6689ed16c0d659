import type { AnswerType, Exercise, QuestionResult } from './types';

const NONE_WORDS = new Set(['none', '-', 'no', 'hit', 'free', 'nothing']);
const IDLE_WORDS = new Set(['idle', 'none', '-', 'nobody', 'nothing']);
const FAULT_WORDS = new Set(['fault', 'pagefault', 'invalid', 'segfault', 'segmentationfault', 'trap']);

/** A non-negative integer written in decimal or 0x hex (spaces and underscores ignored), or null. */
function integerOf(text: string): number | null {
  const t = text.replace(/[\s_]/g, '').toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^0x[0-9a-f]+$/.test(t)) return Number.parseInt(t.slice(2), 16);
  return null;
}

/**
 * An answer in canonical form, so "p2", "P 2" and "2" all read as "P2", and "0x1F" as "31"; null when it
 * cannot be read as this type of answer. Canonical forms are what Question.expected holds.
 */
export function normalizeAnswer(type: AnswerType, raw: string): string | null {
  const text = raw.trim().toLowerCase().replace(/\.$/, '');
  const word = text.replace(/[\s_-]/g, '');
  if (text === '') return null;
  switch (type) {
    case 'integer': {
      const n = integerOf(text);
      return n === null ? null : String(n);
    }
    case 'process': {
      if (IDLE_WORDS.has(text) || IDLE_WORDS.has(word)) return 'idle';
      const m = /^p?\s*(\d+)$/.exec(text);
      return m ? `P${Number(m[1])}` : null;
    }
    case 'page': {
      if (NONE_WORDS.has(text) || NONE_WORDS.has(word)) return 'none';
      const n = integerOf(text);
      return n === null ? null : String(n);
    }
    case 'address': {
      if (FAULT_WORDS.has(word)) return 'fault';
      const n = integerOf(text);
      return n === null ? null : String(n);
    }
  }
}

/**
 * Grades answers against the exercise's key, question by question (a missing answer is wrong). A wrong
 * answer carries the worked steps; the verdict says in words whether it is right.
 */
export function gradeExercise(ex: Exercise, answers: readonly string[]): QuestionResult[] {
  return ex.questions.map((q, i) => {
    const given = (answers[i] ?? '').trim();
    const read = normalizeAnswer(q.answerType, given);
    const right = read !== null && read === q.expected;
    let verdict: string;
    if (right) verdict = `Right: ${q.label} is ${q.expected}.`;
    else if (given === '') verdict = `No answer: ${q.label} is ${q.expected}.`;
    else if (read === null) verdict = `Wrong: “${given}” is not ${HINT_OF[q.answerType]}; ${q.label} is ${q.expected}.`;
    else verdict = `Wrong: you wrote ${read}, but ${q.label} is ${q.expected}.`;
    return { id: q.id, label: q.label, given, expected: q.expected, right, verdict, explanation: right ? [] : q.steps };
  });
}

const HINT_OF: Readonly<Record<AnswerType, string>> = {
  integer: 'a whole number',
  process: 'a process (such as P2) or idle',
  page: 'a page number or none',
  address: 'an address or fault',
};
