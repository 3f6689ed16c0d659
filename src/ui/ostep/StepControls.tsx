import type { Stepper } from './useStepper';

interface Props {
  stepper: Stepper;
  /** the slider's name ("Step", "Tick") */
  label: string;
  /** what the slider's position means, read out by screen readers (the view shows it in its explanation) */
  valueText: string;
}

/** First / Previous / Next / Last and a slider over a stepped answer; ←/→ work anywhere in the view. */
export function StepControls({ stepper, label, valueText }: Props) {
  const { step, last, go } = stepper;
  return (
    <div role="toolbar" aria-label={`${label} controls`} className="ostep-steps">
      <button type="button" onClick={() => go(0)} disabled={step === 0} aria-keyshortcuts="Home">
        First
      </button>
      <button type="button" onClick={() => go(step - 1)} disabled={step === 0} aria-keyshortcuts="ArrowLeft">
        Previous
      </button>
      <button type="button" onClick={() => go(step + 1)} disabled={step === last} aria-keyshortcuts="ArrowRight">
        Next
      </button>
      <button type="button" onClick={() => go(last)} disabled={step === last} aria-keyshortcuts="End">
        Last
      </button>
      <input
        type="range"
        aria-label={label}
        min={0}
        max={last}
        step={1}
        value={step}
        aria-valuetext={valueText}
        onChange={(e) => go(Number(e.target.value))}
        disabled={last === 0}
      />
    </div>
  );
}
