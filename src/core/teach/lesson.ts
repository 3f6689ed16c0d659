/**
 * Lessons: a guided walk through scenarios, stored as JSON in public/lessons/. Validation is here so
 * that a lesson file, like a scenario, passes one step that names what is wrong; it never throws.
 */

/** The views a step may switch to (the store's view names). */
export const LESSON_VIEWS = ['simulate', 'memory', 'files', 'workload', 'compare', 'network'] as const;
export type LessonView = (typeof LESSON_VIEWS)[number];

/** A scenario by file name in public/scenarios, or a whole scenario inline (validated when loaded). */
export type LessonScenario = string | Record<string, unknown>;

export interface LessonStep {
  /** what to read and look at, one or two short paragraphs */
  text: string;
  /** seek the simulation to this tick */
  tick?: number;
  view?: LessonView;
  /** the region to outline: an aria-label, a data-lesson id, a heading's text, or a CSS selector */
  highlight?: string;
  /** switch to another scenario from this step on */
  scenario?: LessonScenario;
}

export interface Lesson {
  title: string;
  summary: string;
  scenario: LessonScenario;
  steps: LessonStep[];
}

/** One entry of public/lessons/index.json. */
export interface LessonInfo {
  file: string;
  title: string;
  summary: string;
}

export type LessonParse = { ok: true; lesson: Lesson } | { ok: false; errors: string[] };

const FILE_NAME = /^[\w.-]+\.json$/;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function scenarioErrors(s: unknown, path: string): string[] {
  if (typeof s === 'string')
    return FILE_NAME.test(s)
      ? []
      : [`${path} must be a scenario file name such as fifo-demo.json (got ${JSON.stringify(s).slice(0, 40)})`];
  return isRecord(s) ? [] : [`${path} must be a scenario file name or a scenario object`];
}

function stepErrors(s: unknown, i: number): string[] {
  const path = `steps[${i}]`;
  if (!isRecord(s)) return [`${path} must be an object with text`];
  const errors: string[] = [];
  if (typeof s.text !== 'string' || s.text.trim() === '') errors.push(`${path}.text must be a non-empty string`);
  if (s.tick !== undefined && !(Number.isSafeInteger(s.tick) && (s.tick as number) >= 0))
    errors.push(`${path}.tick must be an integer ≥ 0`);
  if (s.view !== undefined && !LESSON_VIEWS.includes(s.view as LessonView))
    errors.push(`${path}.view must be one of ${LESSON_VIEWS.join(', ')}`);
  if (s.highlight !== undefined && (typeof s.highlight !== 'string' || s.highlight.length > 200))
    errors.push(`${path}.highlight must be a string of at most 200 characters`);
  if (s.scenario !== undefined) errors.push(...scenarioErrors(s.scenario, `${path}.scenario`));
  return errors;
}

/** Checks a parsed lesson file; at most 10 errors, each naming its path. */
export function parseLesson(json: unknown): LessonParse {
  if (!isRecord(json)) return { ok: false, errors: ['a lesson must be an object with title, scenario and steps'] };
  const errors: string[] = [];
  if (typeof json.title !== 'string' || json.title.trim() === '') errors.push('title must be a non-empty string');
  if (json.summary !== undefined && typeof json.summary !== 'string') errors.push('summary must be a string');
  errors.push(...scenarioErrors(json.scenario, 'scenario'));
  if (!Array.isArray(json.steps) || json.steps.length === 0 || json.steps.length > 100)
    errors.push('steps must be a list of 1..100 steps');
  else json.steps.forEach((s, i) => errors.push(...stepErrors(s, i)));
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 10) };
  return {
    ok: true,
    lesson: {
      title: json.title as string,
      summary: (json.summary as string | undefined) ?? '',
      scenario: json.scenario as LessonScenario,
      steps: json.steps as LessonStep[],
    },
  };
}

/** The lesson list, keeping only well-formed entries. */
export function parseLessonIndex(json: unknown): LessonInfo[] | null {
  if (!Array.isArray(json)) return null;
  return json.filter(
    (x): x is LessonInfo =>
      isRecord(x) &&
      typeof x.file === 'string' &&
      FILE_NAME.test(x.file) &&
      typeof x.title === 'string' &&
      typeof x.summary === 'string',
  );
}

/**
 * The scenario in force at step `index`: the latest step at or before it that names one, else the
 * lesson's. `key` tells two apart without comparing objects: the file name, or "inline@<step>".
 */
export function scenarioAt(lesson: Lesson, index: number): { key: string; scenario: LessonScenario } {
  for (let i = Math.min(index, lesson.steps.length - 1); i >= 0; i--) {
    const s = lesson.steps[i]!.scenario;
    if (s !== undefined) return { key: typeof s === 'string' ? s : `inline@${i}`, scenario: s };
  }
  return { key: typeof lesson.scenario === 'string' ? lesson.scenario : 'inline@lesson', scenario: lesson.scenario };
}
