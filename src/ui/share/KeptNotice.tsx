import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import './share.css';

const selectKept = (s: AppState) => s.kept;

/** After a link replaced the viewer's own work: says it was kept and offers it back. */
export function KeptNotice() {
  const store = useAppStore();
  const kept = useApp(selectKept);
  if (!kept) return null;
  return (
    <section className="kept-notice" role="status" aria-label="Your scenario was kept">
      <p>
        A link opened another scenario. Your own, <q>{kept.title}</q>, was kept: you can go back to it at any time.
      </p>
      <button type="button" className="primary" onClick={() => void store.getState().restoreKept()}>
        Restore my scenario
      </button>
      <button type="button" onClick={() => store.getState().dismissKept()}>
        Keep the linked one
      </button>
    </section>
  );
}
