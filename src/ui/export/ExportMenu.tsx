import { useState } from 'react';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import './export.css';

const selectCanExport = (s: AppState) => s.frame !== null && s.status === 'ready' && !s.exportingTrace;
const selectExporting = (s: AppState) => s.exportingTrace;

/**
 * Exports that are about the whole run rather than one chart: the full trace as JSON (the same shape
 * `sim run --json` prints), and the whole system at the current tick (what the console's `export` writes).
 * The chart and metrics exports sit on the charts themselves.
 */
export function ExportMenu() {
  const store = useAppStore();
  const canExport = useApp(selectCanExport);
  const exporting = useApp(selectExporting);
  const [failed, setFailed] = useState<'trace' | 'system state' | null>(null);
  const exportTrace = async () => {
    setFailed(null);
    if (!(await store.getState().exportTrace())) setFailed('trace');
  };
  const exportState = async () => {
    setFailed(null);
    if (!(await store.getState().exportSystemState())) setFailed('system state');
  };
  return (
    <span className="export-menu">
      <button type="button" onClick={() => void exportTrace()} disabled={!canExport} aria-busy={exporting || undefined}>
        Export trace (JSON)
      </button>
      <button
        type="button"
        onClick={() => void exportState()}
        disabled={!canExport}
        title="The whole system at the current tick: processes and their PCBs, queues, CPUs, memory, statistics"
      >
        Export system state (JSON)
      </button>
      {failed && (
        <span className="muted export-note" role="status">
          The {failed} could not be exported.
        </span>
      )}
    </span>
  );
}
