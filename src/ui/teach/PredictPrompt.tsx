import { useEffect, useRef } from 'react';
import type { SchedulingDecision } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { usePredictDriver } from './usePredictDriver';
import './teach.css';
import { groupedDigits } from '../../core/groupedDigits';

const selectPredict = (s: AppState) => s.predict;
const selectFinished = (s: AppState) => s.frame?.finished ?? false;

/** "P2", or "P2 (etl-batch)" when the process has a name of its own. */
function nameOf(choice: { pid: number; name: string }): string {
  return choice.name === `P${choice.pid}` ? choice.name : `P${choice.pid} (${choice.name})`;
}

function Question({ q, choice }: { q: SchedulingDecision; choice: number | null }) {
  const store = useAppStore();
  const first = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  // The question takes the keyboard, so Space answers instead of playing past it; then Continue does.
  useEffect(() => (choice === null ? first : next).current?.focus({ preventScroll: true }), [choice]);
  const picked = q.choices.find((c) => c.pid === q.pid);
  const cpu = q.cpu === 0 ? '' : ` for CPU ${q.cpu}`;
  return (
    <>
      <p>
        <strong>Tick {groupedDigits(q.tick)}.</strong> {q.before.join(' ')}
      </p>
      <p id="predict-question">Which READY process does the scheduler pick{cpu}?</p>
      <div className="predict-choices" role="group" aria-labelledby="predict-question">
        {q.choices.map((c, i) => (
          <button
            key={c.pid}
            type="button"
            ref={i === 0 ? first : undefined}
            disabled={choice !== null}
            aria-pressed={choice === c.pid}
            onClick={() => store.getState().answerPredict(c.pid)}
          >
            {nameOf(c)}
          </button>
        ))}
      </div>
      <div className="predict-reveal" aria-live="polite">
        {choice !== null && picked && (
          <>
            <p className={`teach-feedback ${choice === q.pid ? 'right' : 'wrong'}`}>
              <span aria-hidden="true">{choice === q.pid ? '✓ ' : '✗ '}</span>
              {choice === q.pid
                ? `Right: the scheduler picks ${nameOf(picked)}.`
                : `No: the scheduler picks ${nameOf(picked)}.`}
            </p>
            <p>{q.reason}</p>
          </>
        )}
      </div>
      <button
        ref={next}
        type="button"
        className="primary"
        disabled={choice === null}
        onClick={() => void store.getState().continuePredict()}
      >
        Continue
      </button>
    </>
  );
}

/**
 * "Who runs next?" while the run plays on Simulate: the question at the next scheduling decision (the
 * run is held just before it), the scheduler's own answer and reason once the student picks, and the
 * score. It also drives the mode (usePredictDriver), so it must be mounted where the run plays; it
 * renders nothing while the mode is off.
 */
export function PredictPrompt() {
  usePredictDriver();
  const store = useAppStore();
  const p = useApp(selectPredict);
  const finished = useApp(selectFinished);
  if (!p.on) return null;
  const score = `${p.right} of ${p.asked} right`;
  return (
    <section className="panel predict" aria-label="Who runs next?">
      <h2>Who runs next?</h2>
      {p.question ? (
        <Question q={p.question} choice={p.choice} />
      ) : (
        <p>
          {finished
            ? `The run is over: ${score}.`
            : 'Play the run: it stops before each scheduling decision and asks which process comes next.'}
        </p>
      )}
      <p className="predict-score">
        <span role="status">Score: {score}.</span>{' '}
        <button type="button" onClick={() => store.getState().stopPredict()}>
          Stop predicting
        </button>
      </p>
    </section>
  );
}
