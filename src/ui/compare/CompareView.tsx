import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
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
 * Runs the scenario under several policies and sets their schedules and figures side by side. The stage
 * takes its parts one by one (the picture as the main one, the table and chart as panels); this composes
 * them for a page without the stage.
 */
export function CompareView() {
  const { title, loaded, compared } = useApp(useShallow(selectView));
  if (!loaded) return <p className="panel muted">No scenario is loaded yet. Choose a preset.</p>;
  return (
    <section className="panel compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare schedulers on “{title || 'this scenario'}”</h2>
      <CompareControls />
      <div className="compare-picture-box">
        <CompareSchedules />
      </div>
      {compared && (
        <>
          <CompareTable />
          <CompareChart />
        </>
      )}
    </section>
  );
}
