import { useEffect, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { exerciseLink } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { ExerciseControls } from './ExerciseControls';
import { ExerciseProblem } from './ExerciseProblem';
import { QuestionRow } from './QuestionRow';
import './teach.css';

const selectExercise = (s: AppState) => ({
  exercise: s.exercise,
  answers: s.exerciseAnswers,
  results: s.exerciseResults,
  revealed: s.exerciseRevealed,
  linkErrors: s.exerciseLinkErrors,
});

/** The page's address without its query, so an exercise link carries nothing but the exercise. */
function pageAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * Generated exercises: choose kind, seed and difficulty, predict, check (every answer comes from the real
 * core, see core/teach), reveal, share as a link, or open the scenario in the simulator.
 */
export function ExerciseView() {
  const store = useAppStore();
  const { exercise, answers, results, revealed, linkErrors } = useApp(useShallow(selectExercise));
  const [link, setLink] = useState<string | null>(null);
  const [withAnswers, setWithAnswers] = useState(false);
  const [copied, setCopied] = useState('');

  // A page opened from an exercise link shows that exercise (once; main.tsx may already have opened it).
  useEffect(() => {
    const search = window.location.search;
    if (/[?&]exercise=/.test(search) && store.getState().exerciseFromLink !== search)
      store.getState().openExerciseLink(search);
  }, [store]);

  const right = results?.filter((r) => r.right).length ?? 0;
  const check = (e: FormEvent) => {
    e.preventDefault();
    store.getState().checkExercise();
  };
  const copyLink = async () => {
    const url = `${pageAddress()}${exerciseLink(exercise, withAnswers ? answers : undefined)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('The link is copied to the clipboard.');
    } catch {
      setCopied('Copy the link from the box below.');
    }
  };
  const openInSimulator = async () => {
    if (!exercise.scenario) return;
    if ((await store.getState().load(exercise.scenario, `exercise ${exercise.id}`)).ok)
      store.getState().setView('simulate');
  };

  return (
    <section className="panel teach" aria-labelledby="exercises-title">
      <h2 id="exercises-title">Exercises</h2>
      <ExerciseControls
        spec={exercise}
        onChange={(spec) => {
          setLink(null);
          store.getState().setExercise(spec);
        }}
      />
      {linkErrors.length > 0 && (
        <div role="alert" className="form-errors">
          <p>The exercise link could not be opened:</p>
          <ul>
            {linkErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <ExerciseProblem exercise={exercise} />
      <form onSubmit={check} aria-labelledby="exercise-answers-title" noValidate>
        <h3 id="exercise-answers-title">Your predictions</h3>
        <ol className="teach-questions">
          {exercise.questions.map((q, i) => (
            <QuestionRow
              key={`${exercise.id}/${q.id}`}
              question={q}
              value={answers[i] ?? ''}
              result={results?.[i] ?? null}
              revealed={revealed}
              onChange={(v) => store.getState().setExerciseAnswer(i, v)}
            />
          ))}
        </ol>
        <p role="status" aria-live="polite">
          {results
            ? `${right} of ${results.length} right.${right === results.length ? ' Well done!' : ' Open the steps under a wrong answer to see how to get it.'}`
            : ''}
        </p>
        <div className="teach-actions">
          <button type="submit" className="primary">
            Check answers
          </button>
          <button type="button" onClick={() => store.getState().revealExercise()} disabled={revealed}>
            Reveal answers
          </button>
          <button type="button" onClick={() => void copyLink()}>
            Copy exercise link
          </button>
          <label>
            <input type="checkbox" checked={withAnswers} onChange={(e) => setWithAnswers(e.target.checked)} /> Include
            my answers
          </label>
          {exercise.scenario ? (
            <button type="button" onClick={() => void openInSimulator()}>
              Open in simulator
            </button>
          ) : (
            <span className="field-hint">
              Worked on paper: the Memory view’s reference-string comparison and MMU walkthrough show the same steps.
            </span>
          )}
        </div>
      </form>
      {link !== null && (
        <div className="teach-link">
          <label htmlFor="exercise-link">Exercise link</label>
          <input id="exercise-link" readOnly value={link} onFocus={(e) => e.target.select()} />
          <span className="field-hint" aria-live="polite">
            {copied}
          </span>
        </div>
      )}
    </section>
  );
}
