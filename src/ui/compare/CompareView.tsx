import { useShallow } from '../app/useShallow';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { Stage, type PanelContent } from '../stage/Stage';
import { CompareChart } from './CompareChart';
import { CompareControls } from './CompareControls';
import { CompareSchedules } from './CompareSchedules';
import { CompareTable } from './CompareTable';
import './compare.css';

const selectView = (s: AppState) => ({
  title: s.scenario?.title,
  loaded: s.scenario !== null,
  compared: s.compareEntries.length > 0,
});

/**
 * Runs the scenario under several policies: the schedules on one time axis are the stage's picture, with the
 * policies to compare above them; the figures are the drawer's panels once there are runs to show.
 */
export function CompareView() {
  const { title, loaded, compared } = useApp(useShallow(selectView));
  if (!loaded) return <p className="panel muted">No scenario is loaded yet. Choose a preset.</p>;
  const panels: PanelContent = {
    results: { render: () => <CompareTable />, hidden: !compared },
    chart: { render: () => <CompareChart />, hidden: !compared },
  };
  const picture = (
    <section className="panel compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare schedulers on “{title || 'this scenario'}”</h2>
      <CompareControls />
      <CompareSchedules />
    </section>
  );
  return <Stage view="compare" label="Schedules compared" picture={picture} panels={panels} narration={false} />;
}
