import type { FormEvent, ReactNode } from 'react';
import { useShallow } from '../app/useShallow';
import { scoreOf } from '../../core/teach/grade';
import type { QuestionResult } from '../../core/teach/types';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { DrawGrid } from './DrawGrid';
import { QuestionRow } from './QuestionRow';

const selectAnswers = (s: AppState) => ({
  exercise: s.exercise,
  answers: s.exerciseAnswers,
  results: s.exerciseResults,
  ask: s.exerciseAsk,
  revealed: s.exerciseRevealed,
});

/** The score in words, or what to do when answers changed since checking. */
function scoreText(results: readonly (QuestionResult | null)[], grid: boolean): string {
  const graded = results.filter((r): r is QuestionResult => r !== null);
  if (graded.length < results.length) return 'Some answers changed since checking: check again.';
  const { right, total, percent } = scoreOf(graded);
  const score = grid ? `${right} of ${total} ticks right (${percent} %).` : `${right} of ${total} right.`;
  return `${score}${right === total ? ' Well done!' : ' Change the wrong ones and check again, or show the answers.'}`;
}

/**
 * The student's answers: a box per question, or the schedule grid for "draw the schedule"; then Check
 * and Show answers. The line under them is kept whether empty or not, so checking moves nothing.
 */
export function ExerciseAnswers({ children }: { children?: ReactNode }) {
  const store = useAppStore();
  const { exercise, answers, results, ask, revealed } = useApp(useShallow(selectAnswers));
  const check = (e: FormEvent) => {
    e.preventDefault();
    store.getState().checkExercise();
  };
  const setAnswer = (i: number, v: string) => store.getState().setExerciseAnswer(i, v);
  // ExerciseView shows this once an exercise is made.
  if (!exercise) return null;
  return (
    <form onSubmit={check} aria-labelledby="exercise-answers-title" noValidate>
      <h3 id="exercise-answers-title">{exercise.grid ? 'Your schedule' : 'Your predictions'}</h3>
      {exercise.grid ? (
        <DrawGrid
          key={exercise.id}
          grid={exercise.grid}
          cells={answers}
          results={results}
          revealed={revealed}
          onPaint={setAnswer}
        />
      ) : (
        <ol className="teach-questions">
          {exercise.questions.map((q, i) => (
            <QuestionRow
              key={`${exercise.id}/${q.id}`}
              question={q}
              value={answers[i] ?? ''}
              result={results?.[i] ?? null}
              revealed={revealed}
              onChange={(v) => setAnswer(i, v)}
            />
          ))}
        </ol>
      )}
      <div className="teach-verdict">
        {ask !== '' && (
          <p role="alert" className="teach-ask">
            {ask}
          </p>
        )}
        <p role="status" aria-live="polite">
          {ask === '' && results ? scoreText(results, exercise.grid !== null) : ''}
        </p>
      </div>
      <div className="teach-actions">
        <button type="submit" className="primary">
          Check answers
        </button>
        <button type="button" onClick={() => store.getState().revealExercise()} disabled={revealed}>
          Show answers
        </button>
        {children}
      </div>
    </form>
  );
}
