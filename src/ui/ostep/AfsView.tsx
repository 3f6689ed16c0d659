import { useLayoutEffect, useMemo, useRef } from 'react';
import type { AfsAnswers } from '../../core/index';
import { explainAfsMessage } from '../../core/network/afs/afsExplain';
import { useBoxSize } from '../stage/useBoxSize';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import { afsSequence, afsSummary } from './afsSequence';
import { afsLook, afsSequenceLayout, drawAfsSequence } from './drawAfsSequence';
import { StepControls } from './StepControls';
import { useStepper } from './useStepper';

/** Marks and messages shown at once: the latest steps that fit, the current one last. */
const SLOTS = 24;
const FALLBACK = { width: 640, height: 0 };

/**
 * afs.py's answer as a message sequence diagram: a lifeline for the server and each client, what each holds beside
 * its name (the server's values and callbacks, each client's cache with afs.py's bits), and the steps up to the
 * current one, each client operation a mark on its line and its fetches, stores and callback breaks arrows.
 */
export function AfsView({ answer }: { answer: AfsAnswers }) {
  const stepper = useStepper(answer.steps.length);
  const index = stepper.step;
  const [boxRef, box] = useBoxSize<HTMLDivElement>(FALLBACK);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const palette = useCanvasPalette();
  const look = useMemo(() => afsLook(palette), [palette]);
  const model = useMemo(() => afsSequence(answer, index, SLOTS), [answer, index]);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const layout = useMemo(() => afsSequenceLayout(model, box.width, dpr), [model, box.width, dpr]);
  useLayoutEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) drawAfsSequence(ctx, model, layout, look);
  }, [model, layout, look]);
  const step = answer.steps[index];
  const files = answer.files.map((f) => `${f.name} = ${f.final}${f.final === f.initial ? '' : ` (was ${f.initial})`}`);
  return (
    <section className="ostep-afs" aria-label="AFS message sequence" onKeyDown={stepper.onKeyDown}>
      <p className="ostep-totals">
        {answer.stats.clients.length} client{answer.stats.clients.length === 1 ? '' : 's'}, {answer.steps.length}{' '}
        operations; the server answered {answer.stats.gets} fetches and {answer.stats.puts} stores. Files at the end:{' '}
        {files.join(', ') || 'none'}.
      </p>
      {answer.aborted && <p className="ostep-error">afs.py stops here: {answer.aborted}</p>}
      {!step ? (
        <p>No client operation.</p>
      ) : (
        <>
          <StepControls stepper={stepper} label="Step" valueText={`Step ${index + 1}: ${step.why}`} />
          <p aria-live="polite">
            Step {index + 1} of {answer.steps.length}: {step.why}.
          </p>
          <div ref={boxRef} className="afs-sequence">
            <canvas
              ref={canvasRef}
              role="img"
              aria-label={afsSummary(model)}
              width={Math.round(layout.width * dpr)}
              height={Math.round(layout.height * dpr)}
              style={{ width: layout.width, height: layout.height }}
            />
          </div>
          {step.messages.length > 0 && (
            <ol aria-label="Messages of this step">
              {step.messages.map((m, i) => (
                <li key={i}>{explainAfsMessage(m)}</li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
