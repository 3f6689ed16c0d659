/**
 * A translation's steps shown one at a time: the first `shown` of them, the step buttons, and once all are shown the
 * outcome. The caller keeps `shown` (so it may start again when the translation changes).
 */
export function WalkSteps({
  steps,
  shown,
  onShow,
  outcome,
  label,
}: {
  steps: readonly { text: string }[];
  shown: number;
  onShow(n: number): void;
  outcome: string;
  /** the list's accessible name */
  label: string;
}) {
  return (
    <div className="mmu-result">
      <ol className="mmu-steps" aria-label={label}>
        {steps.slice(0, shown).map((s, i) => (
          <li key={i} aria-current={i === shown - 1 ? 'step' : undefined}>
            {s.text}
          </li>
        ))}
      </ol>
      <div className="mmu-nav">
        <button type="button" onClick={() => onShow(shown - 1)} disabled={shown <= 1}>
          Previous step
        </button>
        <button type="button" onClick={() => onShow(shown + 1)} disabled={shown >= steps.length}>
          Next step
        </button>
        <button type="button" onClick={() => onShow(steps.length)} disabled={shown >= steps.length}>
          Show all
        </button>
        <span aria-live="polite">
          Step {shown} of {steps.length}
        </span>
      </div>
      {shown >= steps.length && <p className="mmu-outcome">{outcome}</p>}
    </div>
  );
}
