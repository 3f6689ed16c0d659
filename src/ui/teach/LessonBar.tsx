import { useAppStore } from '../app/StoreContext';
import { useLessonHighlight } from './highlight';
import { useLessonNav } from './useLessonNav';
import './teach.css';

/**
 * The running lesson over every other view: its step text and Previous/Next, so a step that switches to
 * the Gantt chart or the Memory view can still be followed. Renders nothing without a lesson, or in the
 * Lessons view (the LessonPlayer has the same controls there).
 */
export function LessonBar() {
  const store = useAppStore();
  const { lesson, step, view, count, current, go, canBack, canForward } = useLessonNav();
  const shown = lesson !== null && view !== 'lessons';
  useLessonHighlight(current?.highlight, shown, `${step}/${view}`);
  if (!shown || !current) return null;
  return (
    <section className="lesson-bar" aria-label="Lesson">
      <strong>
        {lesson.title} · step {step + 1} of {count}
      </strong>
      <p aria-live="polite">{current.text}</p>
      <button type="button" onClick={() => void go(step - 1)} disabled={!canBack}>
        Previous
      </button>
      <button type="button" className="primary" onClick={() => void go(step + 1)} disabled={!canForward}>
        Next
      </button>
      <button type="button" onClick={() => store.getState().setView('lessons')}>
        All steps
      </button>
      <button type="button" onClick={() => store.getState().setLesson(null)}>
        End lesson
      </button>
    </section>
  );
}
