import type { AnswerType, Choice, Exercise, Question, QuestionResult } from './types';

const NONE_WORDS = new Set(['none', '-', 'no', 'hit', 'free', 'nothing']);
const IDLE_WORDS = new Set(['idle', 'none', '-', 'nobody', 'nothing']);
const FAULT_WORDS = new Set(['fault', 'pagefault', 'invalid', 'segfault', 'segmentationfault', 'trap']);
/** A file-system call by its name or a shell word for it: rm is unlink, ln is link, touch is creat. */
const FS_CALLS: Readonly<Record<string, string>> = {
  mkdir: 'mkdir',
  creat: 'creat',
  create: 'creat',
  touch: 'creat',
  write: 'write',
  append: 'write',
  unlink: 'unlink',
  rm: 'unlink',
  link: 'link',
  ln: 'link',
};

/**
 * A call as "name path…": `link("/a", "/b");`, "ln /a /b" and "link /a /b" all read "link /a /b"; OSTEP's
 * whole write line (open, write, close) reads "write /a". Null without a known call or its paths.
 */
function fsCallOf(text: string): string | null {
  const words: string[] = text.match(/[a-z]+/g) ?? [];
  const name = words.includes('write') ? 'write' : words.map((w) => FS_CALLS[w]).find((c) => c !== undefined);
  const paths: string[] = text.match(/\/[\w/.]*/g) ?? [];
  const needs = name === 'link' ? 2 : 1;
  if (!name || paths.length < needs) return null;
  return `${name} ${paths.slice(0, needs).join(' ')}`;
}

/** A non-negative integer written in decimal or 0x hex (spaces and underscores ignored), or null. */
function integerOf(text: string): number | null {
  const t = text.replace(/[\s_]/g, '').toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (/^0x[0-9a-f]+$/.test(t)) return Number.parseInt(t.slice(2), 16);
  return null;
}

/**
 * An answer in canonical form, so "p2", "P 2" and "2" all read as "P2", and "0x1F" as "31", and a choice's label
 * as its value; null when it cannot be read as this type of answer. Canonical forms are what Question.expected holds.
 */
export function normalizeAnswer(type: AnswerType, raw: string, choices: readonly Choice[] = []): string | null {
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
    case 'fsop':
      return fsCallOf(text);
    case 'choice': {
      const same = (a: string) => a.toLowerCase().replace(/[\s_-]/g, '') === word;
      return choices.find((c) => same(c.value) || same(c.label))?.value ?? null;
    }
  }
}

/** An answer in the words shown: a choice's label, any other answer as it is. */
export function answerText(q: Question, value: string): string {
  return q.choices?.find((c) => c.value === value)?.label ?? value;
}

/**
 * Grades answers against the exercise's key, question by question (a missing answer is wrong). The verdict
 * says in words whether it is right and, when wrong, never what the answer is: the answer (`expected`) and
 * the worked steps are shown only when the student asks, so a wrong answer can be tried again.
 */
export function gradeExercise(ex: Exercise, answers: readonly string[]): QuestionResult[] {
  return ex.questions.map((q, i) => {
    const given = (answers[i] ?? '').trim();
    const read = normalizeAnswer(q.answerType, given, q.choices);
    const right = read !== null && read === q.expected;
    let verdict: string;
    if (right) verdict = `Right: ${q.label} is ${answerText(q, q.expected)}.`;
    else if (given === '') verdict = 'No answer yet.';
    else if (read === null) verdict = `Wrong: “${given}” is not ${HINT_OF[q.answerType]}. Try again.`;
    else verdict = `Wrong: ${answerText(q, read)} is not right. Try again.`;
    return {
      id: q.id,
      label: q.label,
      given,
      expected: q.expected,
      right,
      verdict,
      explanation: right ? [] : q.steps,
    };
  });
}

/** The questions left blank, by index. */
export function unanswered(ex: Exercise, answers: readonly string[]): number[] {
  return ex.questions.flatMap((_, i) => ((answers[i] ?? '').trim() === '' ? [i] : []));
}

/** "3", "3–5", joined as "3–5, 8 and 11": runs of consecutive numbers. */
function runsOf(ns: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === (ns[j] as number) + 1) j++;
    parts.push(i === j ? String(ns[i]) : `${ns[i]}–${ns[j]}`);
    i = j + 1;
  }
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * What to ask for when checking with blanks, naming them: the boxes by label, or a grid's empty ticks by
 * row ("CPU 0: ticks 3–5 and 9"). Empty when every answer is in.
 */
export function askForAnswers(ex: Exercise, blanks: readonly number[]): string {
  if (blanks.length === 0) return '';
  const { grid } = ex;
  if (!grid) return `Fill in every answer before checking: ${blanks.map((i) => ex.questions[i]?.label).join('; ')}.`;
  const rows = grid.rows.flatMap((label, r) => {
    const ticks = blanks.filter((i) => Math.floor(i / grid.ticks) === r).map((i) => i % grid.ticks);
    if (ticks.length === 0) return [];
    return [`${label}: tick${ticks.length > 1 ? 's' : ''} ${runsOf(ticks)}`];
  });
  return `Fill in every tick before checking. Still empty: ${rows.join('; ')}.`;
}

/** How many answers are right, of how many, and the whole percentage (rounded down, so 100 % means all). */
export function scoreOf(results: readonly QuestionResult[]): { right: number; total: number; percent: number } {
  const right = results.filter((r) => r.right).length;
  const total = results.length;
  return { right, total, percent: total === 0 ? 0 : Math.floor((100 * right) / total) };
}

const HINT_OF: Readonly<Record<AnswerType, string>> = {
  integer: 'a whole number',
  process: 'a process (such as P2) or idle',
  page: 'a page number or none',
  address: 'an address or fault',
  fsop: 'a file-system call with its path (such as mkdir /a)',
  choice: 'one of the choices',
};
