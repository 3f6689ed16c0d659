import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { GanttLive } from '../gantt/GanttLive';
import { HeapPanel } from '../heap/HeapPanel';
import { MetricsPanel } from '../metrics/MetricsPanel';
import { CreateProcessForm } from '../operations/CreateProcessForm';
import { QueuesPanel } from '../queues/QueuesPanel';
import { Stage, type PanelContent } from '../stage/Stage';
import { PredictPrompt } from '../teach/PredictPrompt';
import { ProcessTable } from '../tables/ProcessTable';

const selectHasHeap = (s: AppState) => s.heap !== null;

/** Simulate: the Gantt chart on the stage; queues, processes, metrics and the rest in its drawer. */
export function SimulateView() {
  const hasHeap = useApp(selectHasHeap);
  const panels: PanelContent = {
    queues: { render: () => <QueuesPanel /> },
    processes: { render: () => <ProcessTable /> },
    metrics: { render: () => <MetricsPanel /> },
    create: { render: () => <CreateProcessForm /> },
    heap: { render: () => <HeapPanel />, hidden: !hasHeap },
  };
  return <Stage view="simulate" label="Schedule" picture={<GanttLive />} panels={panels} beside={<PredictPrompt />} />;
}
