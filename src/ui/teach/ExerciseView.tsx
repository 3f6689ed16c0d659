import { useEffect, useState } from 'react';
import { useShallow } from '../app/useShallow';
import { exerciseLink } from '../../core/teach/link';
import { FIRST_EXERCISE } from '../../store/teachSlice';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { ExerciseAnswers } from './ExerciseAnswers';
import { ExerciseControls } from './ExerciseControls';
import { ExerciseProblem } from './ExerciseProblem';
import { PredictStart } from './PredictStart';
import './teach.css';

const selectExercise = (s: AppState) => ({
  exercise: s.exercise,
  answers: s.exerciseAnswers,
  linkErrors: s.exerciseLinkErrors,
});

/** The page's address without its query, so an exercise link carries nothing but the exercise. */
function pageAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * Generated exercises: choose kind, seed and difficulty, predict, check (every answer comes from the real
 * core, see core/teach), try again, show the answers, share as a link, or open the scenario in the
 * simulator; and "Predict the scheduler", which asks during playback.
 */
export function ExerciseView() {
  const store = useAppStore();
  const { exercise, answers, linkErrors } = useApp(useShallow(selectExercise));
  const [link, setLink] = useState<string | null>(null);
  const [withAnswers, setWithAnswers] = useState(false);
  const [copied, setCopied] = useState('');

  // A page opened from an exercise link shows that exercise (once); else the first exercise, the first time.
  useEffect(() => {
    const s = store.getState();
    const search = window.location.search;
    if (/[?&]exercise=/.test(search) && s.exerciseFromLink !== search) void s.openExerciseLink(search);
    else if (!s.exercise) void s.setExercise(FIRST_EXERCISE);
  }, [store]);

  if (!exercise)
    return (
      <section className="panel teach" aria-labelledby="exercises-title">
        <h2 id="exercises-title">Exercises</h2>
        <p className="muted" role="status" aria-busy="true">
          Loading…
        </p>
      </section>
    );
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
          void store.getState().setExercise(spec);
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
      <ExerciseAnswers>
        <button type="button" onClick={() => void copyLink()}>
          Copy exercise link
        </button>
        <label>
          <input type="checkbox" checked={withAnswers} onChange={(e) => setWithAnswers(e.target.checked)} /> Include my
          answers
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
      </ExerciseAnswers>
      {link !== null && (
        <div className="teach-link">
          <label htmlFor="exercise-link">Exercise link</label>
          <input id="exercise-link" readOnly value={link} onFocus={(e) => e.target.select()} />
          <span className="field-hint" aria-live="polite">
            {copied}
          </span>
        </div>
      )}
      <PredictStart />
    </section>
  );
}
