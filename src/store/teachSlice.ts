import { askForAnswers, gradeExercise, unanswered } from '../core/teach/grade';
import type { Exercise, ExerciseSpec, QuestionResult } from '../core/teach/types';
import type { Lesson } from '../core/teach/lesson';
import { makeExercise } from '../core/teach/exercise';
import { parseExerciseLink } from '../core/teach/link';
import type { SliceContext } from './deps';
import { predictSlice, type PredictSlice } from './predictMode';

/**
 * Exercises and lessons. The exercise is made from its spec (pure, in core/teach), so the store keeps the
 * spec, the student's answers and the grading. A lesson's steps are run by ui/teach/lessonRunner.ts (it
 * fetches scenarios); the store keeps which lesson and step, so the lesson bar survives view changes.
 */
export interface TeachSlice extends PredictSlice {
  exercise: Exercise;
  /** one per question; empty strings when unanswered */
  exerciseAnswers: string[];
  /** the grading after "Check answers", or null; an answer changed since is null until checked again */
  exerciseResults: (QuestionResult | null)[] | null;
  /** what "Check answers" asked for when answers were missing (naming them), or '' */
  exerciseAsk: string;
  /** the answers and worked steps are shown: only when the student asks */
  exerciseRevealed: boolean;
  /** why the last exercise link was refused */
  exerciseLinkErrors: string[];
  /** the query string last opened by openExerciseLink, so a view that checks the address opens it once */
  exerciseFromLink: string | null;
  setExercise(spec: ExerciseSpec, answers?: readonly string[]): void;
  setExerciseAnswer(index: number, value: string): void;
  /** grades every answer; with blanks, grades nothing and asks for them instead (false) */
  checkExercise(): boolean;
  revealExercise(): void;
  /** opens `?exercise=…&answers=…` in the Exercises view; false (with exerciseLinkErrors) when refused */
  openExerciseLink(search: string): boolean;

  lesson: Lesson | null;
  lessonStep: number;
  /** which lesson scenario the simulation holds (lesson.ts scenarioAt key), or null */
  lessonScenarioKey: string | null;
  setLesson(lesson: Lesson | null): void;
  setLessonStep(step: number, scenarioKey: string | null): void;
}

const FIRST: ExerciseSpec = { kind: 'schedule', seed: 1, difficulty: 1 };

function fresh(spec: ExerciseSpec, answers: readonly string[] = []) {
  const exercise = makeExercise(spec);
  return {
    exercise,
    exerciseAnswers: exercise.questions.map((_, i) => answers[i] ?? ''),
    exerciseResults: null,
    exerciseAsk: '',
    exerciseRevealed: false,
    exerciseLinkErrors: [],
  };
}

export function teachSlice(ctx: SliceContext): TeachSlice {
  const { set, get } = ctx;
  return {
    ...predictSlice(ctx),
    ...fresh(FIRST),
    exerciseFromLink: null,
    setExercise: (spec, answers) => set(fresh(spec, answers)),
    setExerciseAnswer(index, value) {
      const s = get();
      if (s.exerciseAnswers[index] === value) return;
      const exerciseAnswers = s.exerciseAnswers.map((a, i) => (i === index ? value : a));
      set({
        exerciseAnswers,
        exerciseResults: s.exerciseResults?.map((r, i) => (i === index ? null : r)) ?? null,
        // What was asked for shrinks as the blanks are filled in.
        exerciseAsk: s.exerciseAsk && askForAnswers(s.exercise, unanswered(s.exercise, exerciseAnswers)),
      });
    },
    checkExercise() {
      const { exercise, exerciseAnswers } = get();
      const exerciseAsk = askForAnswers(exercise, unanswered(exercise, exerciseAnswers));
      if (exerciseAsk !== '') set({ exerciseAsk });
      else set({ exerciseAsk, exerciseResults: gradeExercise(exercise, exerciseAnswers) });
      return exerciseAsk === '';
    },
    revealExercise: () => set({ exerciseRevealed: true }),
    openExerciseLink(search) {
      const parsed = parseExerciseLink(search);
      if (!parsed.ok) {
        set({ exerciseLinkErrors: parsed.errors, exerciseFromLink: search, view: 'exercises' });
        return false;
      }
      set({ ...fresh(parsed.spec, parsed.answers ?? []), exerciseFromLink: search, view: 'exercises' });
      // A teacher opening a student's link sees the grading at once, blanks included.
      if (parsed.answers) set({ exerciseResults: gradeExercise(get().exercise, get().exerciseAnswers) });
      return true;
    },

    lesson: null,
    lessonStep: 0,
    lessonScenarioKey: null,
    setLesson: (lesson) => set({ lesson, lessonStep: 0, lessonScenarioKey: null }),
    setLessonStep: (lessonStep, lessonScenarioKey) => set({ lessonStep, lessonScenarioKey }),
  };
}
