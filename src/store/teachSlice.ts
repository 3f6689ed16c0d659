import { askForAnswers, gradeExercise, unanswered } from '../core/teach/grade';
import type { Exercise, ExerciseSpec, QuestionResult } from '../core/teach/types';
import type { Lesson } from '../core/teach/lesson';
import { parseExerciseLink } from '../core/teach/link';
import type { SliceContext } from './deps';
import { predictSlice, type PredictSlice } from './predictMode';

/**
 * Exercises and lessons. The exercise is made from its spec (pure, in core/teach), so the store keeps the
 * spec, the student's answers and the grading. A lesson's steps are run by ui/teach/lessonRunner.ts (it
 * fetches scenarios); the store keeps which lesson and step, so the lesson bar survives view changes.
 */
export interface TeachSlice extends PredictSlice {
  /** made when the Exercises view first asks for one (setExercise, openExerciseLink); null before */
  exercise: Exercise | null;
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
  /** makes the exercise (the generator loads the first time: it runs the core's simulations for the answers) */
  setExercise(spec: ExerciseSpec, answers?: readonly string[]): Promise<void>;
  setExerciseAnswer(index: number, value: string): void;
  /** grades every answer; with blanks, grades nothing and asks for them instead (false) */
  checkExercise(): boolean;
  revealExercise(): void;
  /** opens `?exercise=…&answers=…` in the Exercises view; false (with exerciseLinkErrors) when refused */
  openExerciseLink(search: string): Promise<boolean>;

  lesson: Lesson | null;
  lessonStep: number;
  /** which lesson scenario the simulation holds (lesson.ts scenarioAt key), or null */
  lessonScenarioKey: string | null;
  setLesson(lesson: Lesson | null): void;
  setLessonStep(step: number, scenarioKey: string | null): void;
}

/** The exercise the Exercises view shows first. */
export const FIRST_EXERCISE: ExerciseSpec = { kind: 'schedule', seed: 1, difficulty: 1 };

/** The exercise generator, loaded when first used: the first page does not carry the core it runs. */
const exerciseMaker = () => import('../core/teach/exercise').then((m) => m.makeExercise);

function fresh(exercise: Exercise, answers: readonly string[] = []) {
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
    exercise: null,
    exerciseAnswers: [],
    exerciseResults: null,
    exerciseAsk: '',
    exerciseRevealed: false,
    exerciseLinkErrors: [],
    exerciseFromLink: null,
    async setExercise(spec, answers) {
      const make = await exerciseMaker();
      set(fresh(make(spec), answers));
    },
    setExerciseAnswer(index, value) {
      const s = get();
      if (!s.exercise || s.exerciseAnswers[index] === value) return;
      const exercise = s.exercise;
      const exerciseAnswers = s.exerciseAnswers.map((a, i) => (i === index ? value : a));
      set({
        exerciseAnswers,
        exerciseResults: s.exerciseResults?.map((r, i) => (i === index ? null : r)) ?? null,
        // What was asked for shrinks as the blanks are filled in.
        exerciseAsk: s.exerciseAsk && askForAnswers(exercise, unanswered(exercise, exerciseAnswers)),
      });
    },
    checkExercise() {
      const { exercise, exerciseAnswers } = get();
      if (!exercise) return false;
      const exerciseAsk = askForAnswers(exercise, unanswered(exercise, exerciseAnswers));
      if (exerciseAsk !== '') set({ exerciseAsk });
      else set({ exerciseAsk, exerciseResults: gradeExercise(exercise, exerciseAnswers) });
      return exerciseAsk === '';
    },
    revealExercise: () => set({ exerciseRevealed: true }),
    async openExerciseLink(search) {
      const parsed = parseExerciseLink(search);
      const make = await exerciseMaker();
      if (!parsed.ok) {
        // A refused link leaves the exercise shown, or shows the first one.
        const shown = get().exercise ? {} : fresh(make(FIRST_EXERCISE));
        set({ ...shown, exerciseLinkErrors: parsed.errors, exerciseFromLink: search, view: 'exercises' });
        return false;
      }
      const exercise = make(parsed.spec);
      set({ ...fresh(exercise, parsed.answers ?? []), exerciseFromLink: search, view: 'exercises' });
      // A teacher opening a student's link sees the grading at once, blanks included.
      if (parsed.answers) set({ exerciseResults: gradeExercise(exercise, get().exerciseAnswers) });
      return true;
    },

    lesson: null,
    lessonStep: 0,
    lessonScenarioKey: null,
    setLesson: (lesson) => set({ lesson, lessonStep: 0, lessonScenarioKey: null }),
    setLessonStep: (lessonStep, lessonScenarioKey) => set({ lessonStep, lessonScenarioKey }),
  };
}
