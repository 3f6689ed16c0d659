import type { ReactNode } from 'react';
import { CompareView } from '../compare/CompareView';
import { GanttLive } from '../gantt/GanttLive';
import { MemoryView } from '../memory/MemoryView';
import { QueuesPanel } from '../queues/QueuesPanel';
import { ErrorPanel } from '../status/ErrorPanel';
import { StatusBanner } from '../status/StatusBanner';
import { ProcessTable } from '../tables/ProcessTable';
import { TransportBar } from '../transport/TransportBar';
import { useKeyboardShortcuts } from '../transport/useKeyboardShortcuts';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import type { EmbedView } from './embedView';
import { usePresentation } from './usePresentation';
import './present.css';

const VIEWS: Record<EmbedView, { label: string; render: () => ReactNode }> = {
  gantt: { label: 'Gantt chart', render: () => <GanttLive /> },
  memory: { label: 'Memory', render: () => <MemoryView /> },
  queues: { label: 'Queues', render: () => <QueuesPanel /> },
  table: { label: 'Processes', render: () => <ProcessTable /> },
  compare: { label: 'Compare schedulers', render: () => <CompareView /> },
};
const selectTitle = (s: AppState) => s.scenario?.title ?? '';
const selectLoaded = (s: AppState) => s.frame !== null;

/**
 * One view with the playback controls and nothing else (no tabs, no editors), for an iframe in slides or
 * a learning platform. The scenario comes the same way as in the full app (default or shared link).
 */
export function EmbedApp({ view }: { view: EmbedView }) {
  const title = useApp(selectTitle);
  const loaded = useApp(selectLoaded);
  useKeyboardShortcuts();
  usePresentation();
  const v = VIEWS[view];
  return (
    <div className="app app-embed" data-embed={view} data-loaded={loaded}>
      <StatusBanner />
      <h1 className="visually-hidden">
        BCOS Simulator: {v.label}
        {title && ` — ${title}`}
      </h1>
      <TransportBar />
      <ErrorPanel />
      <main className="app-main" aria-label={v.label}>
        {v.render()}
      </main>
    </div>
  );
}
