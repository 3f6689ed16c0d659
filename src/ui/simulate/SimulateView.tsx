import { lazy } from 'react';
import type { Scenario } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { GanttLive } from '../gantt/GanttLive';
import { QueuesPanel } from '../queues/QueuesPanel';
import { Stage, type PanelContent } from '../stage/Stage';
import { Loading } from '../status/Loading';
import { NodeIdentity } from '../status/NodeIdentity';
import { useTextbook } from '../naming/useNaming';
import { NodeStatusPanel } from './NodeStatusPanel';
import './simulate.css';
import { PredictPrompt } from '../teach/PredictPrompt';
import { ProcessTable } from '../tables/ProcessTable';
import { ProcessTreePanel } from '../tables/ProcessTreePanel';

// Panels not shown first load when first opened: the metrics charts (and their charts library), and the forms
// that validate a process (and the scenario schema with them) or drive a heap.
const MetricsPanel = lazy(() => import('../metrics/MetricsPanel').then((m) => ({ default: m.MetricsPanel })));
const CreateProcessForm = lazy(() =>
  import('../operations/CreateProcessForm').then((m) => ({ default: m.CreateProcessForm })),
);
const HeapPanel = lazy(() => import('../heap/HeapPanel').then((m) => ({ default: m.HeapPanel })));

const selectHasHeap = (s: AppState) => s.heap !== null;
/** A process names a parent, listed or created by an operation (the console's fork): the tree has a panel. */
const hasTree = (scenario: Scenario): boolean =>
  scenario.processes.some((p) => p.parent !== undefined) ||
  scenario.operations.some((o) => o.op === 'create' && o.process.parent !== undefined);
// The selector runs at every change of the store (each frame while playing); a scenario is looked through once.
const treeOf = new WeakMap<Scenario, boolean>();
const selectHasTree = ({ scenario }: AppState): boolean => {
  if (scenario === null) return false;
  let has = treeOf.get(scenario);
  if (has === undefined) treeOf.set(scenario, (has = hasTree(scenario)));
  return has;
};

/**
 * Simulate: the node's identity in a line above the stage, the Gantt chart on it; queues, processes, the AI node
 * status, metrics and the rest in its drawer.
 */
export function SimulateView() {
  const hasHeap = useApp(selectHasHeap);
  const withTree = useApp(selectHasTree);
  // Textbook names leave the AI and blockchain process types out, and with them the per-type panel.
  const textbook = useTextbook();
  const panels: PanelContent = {
    queues: { render: () => <QueuesPanel /> },
    processes: { render: () => <ProcessTable /> },
    tree: { render: () => <ProcessTreePanel />, hidden: !withTree },
    'node-status': { render: () => <NodeStatusPanel />, hidden: textbook },
    metrics: {
      render: () => (
        <Loading>
          <MetricsPanel />
        </Loading>
      ),
    },
    create: {
      render: () => (
        <Loading>
          <CreateProcessForm />
        </Loading>
      ),
    },
    heap: {
      render: () => (
        <Loading>
          <HeapPanel />
        </Loading>
      ),
      hidden: !hasHeap,
    },
  };
  return (
    <div className="simulate-view">
      <NodeIdentity />
      <Stage view="simulate" label="Schedule" picture={<GanttLive />} panels={panels} beside={<PredictPrompt />} />
    </div>
  );
}
