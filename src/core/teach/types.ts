import type { Scenario } from '../scenario/types';

/** The kinds of exercise; each is generated from (kind, seed, difficulty) alone, like OSTEP's `-s`. */
export const EXERCISE_KINDS = [
  'schedule',
  'replacement',
  'translation',
  'draw',
  'filesystem',
  'crash',
  'fsck',
  'disk',
  'raid',
  'ssd',
  'multilevel',
  'bounds',
  'segments',
  'process-tree',
  'migration',
  'gossip',
] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
export type Difficulty = 1 | 2 | 3;
export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];
/** Seeds are unsigned 32-bit integers, as the scenario's seed. */
export const MAX_SEED = 0xffff_ffff;

export interface ExerciseSpec {
  kind: ExerciseKind;
  seed: number;
  difficulty: Difficulty;
}

/**
 * How an answer is read: a tick or a count (an integer), a process ("P2", "2" or "idle"), a page
 * ("3" or "none"), a physical address (decimal or 0x hex, or "fault"), a file-system call ("mkdir /a",
 * `link("/a", "/b");`), or one of the question's choices (its value or its label).
 */
export type AnswerType = 'integer' | 'process' | 'page' | 'address' | 'fsop' | 'choice';

/** One answer of a multiple-choice question: the value answers and links carry, and the words shown. */
export interface Choice {
  value: string;
  label: string;
}

export interface Question {
  /** stable within the exercise: "completion-2", "victim-7", "address-1" */
  id: string;
  /** the input's label: "Completion time of P2" */
  label: string;
  answerType: AnswerType;
  /** what to type, for the input's placeholder: "a tick", "P1 … or idle" */
  hint: string;
  /** the answer in canonical form, computed by the real core */
  expected: string;
  /** the answers to pick from (answerType 'choice'), in the order shown; absent otherwise */
  choices?: readonly Choice[];
  /** how to get there, one sentence per step (from the core's own trace) */
  steps: string[];
}

/**
 * A schedule to draw: one row per CPU, one column per tick; the cells are the exercise's questions, row by
 * row (cell (row r, tick t) is question r × ticks + t), each answered by one of `choices`.
 */
export interface ScheduleGrid {
  /** row labels: "CPU 0" */
  rows: string[];
  ticks: number;
  /** what a cell can hold, in the order a palette shows them: "P1" … "Pn", then "idle" */
  choices: string[];
}

/** A table of the problem's givens; cells are already text. */
export interface ProblemTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface Exercise extends ExerciseSpec {
  /** "schedule-42-2": the exercise's name in links */
  id: string;
  title: string;
  /** the problem statement, one paragraph each */
  intro: string[];
  tables: ProblemTable[];
  questions: Question[];
  /** the scenario to step through in the simulator (schedule exercises), or null */
  scenario: Scenario | null;
  /** the grid the student draws (draw exercises), or null when each question has its own box */
  grid: ScheduleGrid | null;
}

export interface QuestionResult {
  id: string;
  label: string;
  /** what the student wrote, trimmed */
  given: string;
  expected: string;
  right: boolean;
  /**
   * "Right: …" / "Wrong: …" / "No answer …", so the result never rests on colour or a symbol alone. A wrong
   * verdict never gives the answer away: the student may try again, and sees `expected` only on asking.
   */
  verdict: string;
  /** the worked steps, for a wrong or missing answer; empty when right */
  explanation: string[];
}
