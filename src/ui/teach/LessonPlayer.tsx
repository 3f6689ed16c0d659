import { useEffect, useState } from 'react';
import type { LessonInfo } from '../../core/index';
import { useAppStore } from '../app/StoreContext';
import { useLessonHighlight } from './highlight';
import { fetchLesson, fetchLessonIndex, goToLessonStep } from './lessons';
import { useLessonNav } from './useLessonNav';
import './teach.css';

/** The Lessons view: pick a lesson, then walk its steps (each seeks, switches view and outlines a region). */
export function LessonPlayer() {
  const store = useAppStore();
  const { lesson, step, count, current, go, canBack, canForward } = useLessonNav();
  const [list, setList] = useState<LessonInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  useLessonHighlight(current?.highlight, lesson !== null, step);

  useEffect(() => {
    let live = true;
    fetchLessonIndex().then(
      (l) => live && setList(l),
      (e: unknown) => live && setProblem(`Lessons are unavailable: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  const start = async (info: LessonInfo) => {
    setProblem(null);
    setStarting(true);
    try {
      store.getState().setLesson(await fetchLesson(info.file));
      if (!(await goToLessonStep(store, 0)))
        setProblem(`The lesson’s scenario could not be loaded; see the message above.`);
    } catch (e) {
      setProblem(`The lesson could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setStarting(false);
    }
  };

  return (
    <section className="panel teach" aria-labelledby="lessons-title">
      <h2 id="lessons-title">Lessons</h2>
      {problem && (
        <p role="alert" className="form-errors">
          {problem}
        </p>
      )}
      {list === null && !problem && <p className="muted">Loading lessons…</p>}
      {list && (
        <ul className="gallery-group" aria-label="Lesson list">
          {list.map((l) => (
            <li key={l.file} className="panel gallery-card">
              <h3>{l.title}</h3>
              <p>{l.summary}</p>
              <button type="button" onClick={() => void start(l)} disabled={starting}>
                Start {l.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {lesson && current && (
        <section aria-labelledby="lesson-now-title">
          <h3 id="lesson-now-title">
            {lesson.title}: step {step + 1} of {count}
          </h3>
          <p className="lesson-step-text" aria-live="polite">
            {current.text}
          </p>
          <div className="teach-actions">
            <button type="button" onClick={() => void go(step - 1)} disabled={!canBack}>
              Previous
            </button>
            <button type="button" className="primary" onClick={() => void go(step + 1)} disabled={!canForward}>
              Next
            </button>
            <button type="button" onClick={() => store.getState().setLesson(null)}>
              End lesson
            </button>
          </div>
          <ol className="lesson-steps" aria-label="Steps">
            {lesson.steps.map((s, i) => (
              <li key={i} className={i === step ? 'current' : undefined} aria-current={i === step ? 'step' : undefined}>
                <button type="button" className="link" onClick={() => void go(i)}>
                  {s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
