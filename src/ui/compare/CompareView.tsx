import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeScheduler, POLICY_NAMES, type PolicyName } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { TimesChart } from '../metrics/TimesChart';
import { CompareGantts } from './CompareGantts';
import { compareRows, schedulersToCompare } from './compareRows';
import { CompareTable } from './CompareTable';
import '../metrics/metrics.css';
import './compare.css';

const selectCompare = (s: AppState) => ({ scenario: s.scenario, status: s.compareStatus, entries: s.compareEntries });

/** Runs the scenario under several policies and sets their figures and timelines side by side. */
export function CompareView() {
  const store = useAppStore();
  const { scenario, status, entries } = useApp(useShallow(selectCompare));
  const [chosen, setChosen] = useState<ReadonlySet<PolicyName>>(() => new Set(POLICY_NAMES));
  const toggle = (p: PolicyName, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(p);
      else next.delete(p);
      return next;
    });
  const run = () => {
    if (scenario) void store.getState().compare(schedulersToCompare(chosen, scenario.scheduler));
  };
  const rows = compareRows(entries);

  if (!scenario) return <p className="panel muted">No scenario is loaded yet. Choose a preset.</p>;
  return (
    <section className="panel compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare schedulers on “{scenario.title || 'this scenario'}”</h2>
      <fieldset className="compare-choice">
        <legend>Policies to run (the scenario’s own parameters where its policy matches)</legend>
        {schedulersToCompare(new Set(POLICY_NAMES), scenario.scheduler).map((c) => (
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
      <button type="button" className="primary" onClick={run} disabled={status === 'running' || chosen.size === 0}>
        Compare all schedulers
      </button>
      <p role="status" className="muted">
        {status === 'running'
          ? 'Running…'
          : status === 'done'
            ? `Compared ${entries.length} scheduler${entries.length === 1 ? '' : 's'}.`
            : ''}
      </p>
      {status === 'done' && rows.length > 0 && (
        <>
          <CompareTable rows={rows} />
          <TimesChart
            label="Average waiting, turnaround and response time per scheduler (ticks)"
            groupLabel="Scheduler"
            rows={rows.map((r) => ({
              name: r.scheduler,
              waiting: r.avgWaiting ?? null,
              turnaround: r.avgTurnaround ?? null,
              response: r.avgResponse ?? null,
            }))}
          />
          <CompareGantts entries={entries} scenario={scenario} />
        </>
      )}
    </section>
  );
}
