import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { AppStore } from '../../store/appStore';
import type { AppState } from '../../store/types';
import { StoreProvider, useApp } from '../app/StoreContext';
import { PredictPrompt } from './PredictPrompt';

/**
 * Until the stage docks PredictPrompt beside the Gantt chart, it floats over the Simulate view from a root
 * of its own, which lives on when the Exercises view that started it is left.
 */
let dock: Root | null = null;

const selectSimulating = (s: AppState) => s.view === 'simulate';

function FloatingPrompt() {
  const simulating = useApp(selectSimulating);
  return simulating ? (
    <div className="predict-float">
      <PredictPrompt />
    </div>
  ) : null;
}

export function showPredictDock(store: AppStore): void {
  if (dock) return;
  const host = document.createElement('div');
  document.body.append(host);
  dock = createRoot(host);
  dock.render(
    <StrictMode>
      <StoreProvider store={store}>
        <FloatingPrompt />
      </StoreProvider>
    </StrictMode>,
  );
}
