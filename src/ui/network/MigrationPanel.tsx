import { useState } from 'react';
import type { MigrationChoice } from '../../protocol';
import { MigrationTimeline } from './MigrationTimeline';
import { PresetOffer } from '../workload/PresetOffer';

const MIGRATION_PRESET = { file: 'network-live-migration.json', title: 'Network: live migration three ways' };

/**
 * The run's migrations, one timeline at a time: a chooser when there are several (the latest is shown until
 * another is chosen), and what to do when there is none yet.
 */
export function MigrationPanel({ migrations, tick }: { migrations: readonly MigrationChoice[]; tick: number }) {
  const [chosen, choose] = useState<number | null>(null);
  if (migrations.length === 0)
    return (
      <section className="net-panel" aria-label="Migration timeline">
        <p className="muted">
          No migration has reached its stop by tick {tick}: a migration shows here once its process stops on the source.
          Move the time slider on, or add a <code>migrate</code> fault to the scenario's operations, as the preset below
          does three ways.
        </p>
        <PresetOffer preset={MIGRATION_PRESET} />
      </section>
    );
  const shown = Math.min(chosen ?? migrations.length - 1, migrations.length - 1);
  const m = migrations[shown] as MigrationChoice;
  return (
    <section className="net-panel" aria-label="Migration timeline">
      {migrations.length > 1 && (
        <label className="net-option">
          Migration{' '}
          <select value={shown} onChange={(e) => choose(Number(e.currentTarget.value))}>
            {migrations.map((c, i) => (
              <option key={c.label} value={i}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {migrations.length === 1 && <p>{m.label}</p>}
      <MigrationTimeline data={m.timeline} />
    </section>
  );
}
