import { useState } from 'react';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import './export.css';

const selectCanExport = (s: AppState) => s.frame !== null && s.status === 'ready' && !s.exportingTrace;
const selectExporting = (s: AppState) => s.exportingTrace;

/**
 * Exports that are about the whole run rather than one chart: the full trace as JSON (the same shape
 * `sim run --json` prints). The chart and metrics exports sit on the charts themselves.
 */
export function ExportMenu() {
  const store = useAppStore();
  const canExport = useApp(selectCanExport);
  const exporting = useApp(selectExporting);
  const [failed, setFailed] = useState(false);
  const exportTrace = async () => {
    setFailed(false);
    setFailed(!(await store.getState().exportTrace()));
  };
  return (
    <span className="export-menu">
      <button type="button" onClick={() => void exportTrace()} disabled={!canExport} aria-busy={exporting || undefined}>
        Export trace (JSON)
      </button>
      {failed && (
        <span className="muted export-note" role="status">
          The trace could not be exported.
        </span>
      )}
    </span>
  );
}
