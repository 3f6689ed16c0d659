import { useShallow } from '../app/useShallow';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { KeptNotice } from '../share/KeptNotice';
import { MemoryFitDialog } from '../workload/MemoryFitDialog';
import './status.css';

const selectStatus = (s: AppState) => ({ status: s.status, message: s.statusMessage });

/**
 * What the app needs to tell before anything else: the work a link replaced (kept, and offered back), a memory
 * size that needs a yes, and whether the simulation has stopped.
 */
export function StatusBanner() {
  return (
    <>
      <KeptNotice />
      <MemoryFitDialog />
      <SimulationStatus />
    </>
  );
}

/** Says when the simulation has stopped (crashed) or cannot be used (incompatible), and offers a restart. */
function SimulationStatus() {
  const store = useAppStore();
  const { status, message } = useApp(useShallow(selectStatus));
  if (status !== 'crashed' && status !== 'incompatible') return null;
  return (
    <div role="alert" className="status-banner">
      <p>
        {message ?? (status === 'crashed' ? 'The simulation stopped.' : 'This page cannot talk to the simulation.')}
      </p>
      {status === 'crashed' && (
        <>
          <p className="muted">Restarting reloads the same scenario at the same tick.</p>
          <button type="button" className="primary" onClick={() => void store.getState().restart()}>
            Restart simulation
          </button>
        </>
      )}
    </div>
  );
}
