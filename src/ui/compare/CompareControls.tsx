import { useState } from 'react';
import { useShallow } from '../app/useShallow';
import { describeScheduler, POLICY_NAMES } from '../../core/sched/registry';
import type { PolicyName } from '../../core/scenario/types';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { schedulersToCompare } from './compareRows';
import { groupedDigits } from '../../core/groupedDigits';

const selectControls = (s: AppState) => ({
  scenario: s.scenario,
  status: s.compareStatus,
  count: s.compareEntries.length,
  progress: s.compareProgress,
});

/** Which policies to run, the button that runs them all on the loaded scenario, and what happened. */
export function CompareControls() {
  const store = useAppStore();
  const { scenario, status, count, progress } = useApp(useShallow(selectControls));
  const [chosen, setChosen] = useState<ReadonlySet<PolicyName>>(() => new Set(POLICY_NAMES));
  // Folded once runs are drawn, so the schedules get the room; a click unfolds it.
  const [open, setOpen] = useState(true);
  if (!scenario) return null;
  const all = schedulersToCompare(new Set(POLICY_NAMES), scenario.scheduler);
  const toggle = (p: PolicyName, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(p);
      else next.delete(p);
      return next;
    });
  const run = () => {
    setOpen(false);
    void store.getState().compare(schedulersToCompare(chosen, scenario.scheduler));
  };
  return (
    <div className="compare-controls">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Policies to run: {chosen.size} of {all.length}
        </summary>
        <fieldset className="compare-choice">
          <legend>Policies to run (the scenario’s own parameters where its policy matches)</legend>
          {all.map((c) => (
            <label key={c.policy}>
              <input
                type="checkbox"
                checked={chosen.has(c.policy)}
                onChange={(e) => toggle(c.policy, e.target.checked)}
              />{' '}
              {describeScheduler(c)}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="compare-run">
        <button type="button" className="primary" onClick={run} disabled={status === 'running' || chosen.size === 0}>
          Compare all schedulers
        </button>
        {progress && (
          <>
            <progress aria-label="Comparison progress" max={progress.of} value={progress.done} />
            <button type="button" onClick={() => store.getState().cancelCompare()}>
              Cancel
            </button>
          </>
        )}
        <p role="status" className="muted">
          {status === 'running'
            ? progress
              ? `Running ${progress.done + 1} of ${progress.of}: tick ${groupedDigits(progress.tick)}…`
              : 'Running…'
            : status === 'done'
              ? `Compared ${count} scheduler${count === 1 ? '' : 's'}.`
              : ''}
        </p>
      </div>
    </div>
  );
}
