import { lazy, Suspense } from 'react';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { GanttLive } from '../gantt/GanttLive';
import { HeapPanel } from '../heap/HeapPanel';
import { CreateProcessForm } from '../operations/CreateProcessForm';
import { QueuesPanel } from '../queues/QueuesPanel';
import { Stage, type PanelContent } from '../stage/Stage';
import { NodeIdentity } from '../status/NodeIdentity';
import { useTextbook } from '../naming/useNaming';
import { NodeStatusPanel } from './NodeStatusPanel';
import './simulate.css';
import { PredictPrompt } from '../teach/PredictPrompt';
import { ProcessTable } from '../tables/ProcessTable';

// The metrics charts (and their charts library) load when their panel is first opened.
const MetricsPanel = lazy(() => import('../metrics/MetricsPanel').then((m) => ({ default: m.MetricsPanel })));

const selectHasHeap = (s: AppState) => s.heap !== null;

/**
 * Simulate: the node's identity in a line above the stage, the Gantt chart on it; queues, processes, the AI node
 * status, metrics and the rest in its drawer.
 */
export function SimulateView() {
  const hasHeap = useApp(selectHasHeap);
  // Textbook names leave the AI and blockchain process types out, and with them the per-type panel.
  const textbook = useTextbook();
  const panels: PanelContent = {
    queues: { render: () => <QueuesPanel /> },
    processes: { render: () => <ProcessTable /> },
    'node-status': { render: () => <NodeStatusPanel />, hidden: textbook },
    metrics: {
      render: () => (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <MetricsPanel />
        </Suspense>
      ),
    },
    create: { render: () => <CreateProcessForm /> },
    heap: { render: () => <HeapPanel />, hidden: !hasHeap },
  };
  return (
    <div className="simulate-view">
      <NodeIdentity />
      <Stage view="simulate" label="Schedule" picture={<GanttLive />} panels={panels} beside={<PredictPrompt />} />
    </div>
  );
}
