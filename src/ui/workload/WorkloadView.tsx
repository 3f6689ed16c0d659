import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { CreateProcessForm } from '../operations/CreateProcessForm';
import { OstepExport } from '../ostep/OstepExport';
import { PanelTabs, type PanelContent } from '../stage/PanelTabs';
import { ApplyBar } from './ApplyBar';
import { GenerateForm } from './GenerateForm';
import { HeapSettings } from './HeapSettings';
import { MemorySettings } from './MemorySettings';
import { OstepImport } from './OstepImport';
import { SchedulerPicker } from './SchedulerPicker';
import { WorkloadEditor } from './WorkloadEditor';
import './workload.css';

const selectScenario = (s: AppState) => s.scenario;

/**
 * The "Workload & scheduler" view: what runs, on what node, under which policy, with which memory, one
 * section at a time behind tabs, under the one Apply bar that holds every section's draft.
 */
export function WorkloadView() {
  const scenario = useApp(selectScenario);
  if (!scenario) return <p className="panel muted">No scenario is loaded yet. Choose a preset.</p>;
  const panels: PanelContent = {
    processes: {
      render: () => (
        <>
          <WorkloadEditor scenario={scenario} />
          <CreateProcessForm />
        </>
      ),
    },
    scheduler: { render: () => <SchedulerPicker scenario={scenario} /> },
    generate: { render: () => <GenerateForm scenario={scenario} /> },
    memory: { render: () => <MemorySettings scenario={scenario} /> },
    heap: { render: () => <HeapSettings scenario={scenario} /> },
    ostep: {
      render: () => (
        <>
          <OstepImport />
          <OstepExport scenario={scenario} />
        </>
      ),
    },
  };
  return (
    <div className="workload-view">
      <ApplyBar />
      <section className="workload-sections" aria-label="Workload & scheduler panels">
        <PanelTabs view="workload" panels={panels} />
      </section>
    </div>
  );
}
