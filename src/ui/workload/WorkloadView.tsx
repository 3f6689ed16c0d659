import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { CreateProcessForm } from '../operations/CreateProcessForm';
import { ApplyBar } from './ApplyBar';
import { GenerateForm } from './GenerateForm';
import { OstepImport } from './OstepImport';
import { OstepExport } from '../ostep/OstepExport';
import { HeapSettings } from './HeapSettings';
import { MemorySettings } from './MemorySettings';
import { SchedulerPicker } from './SchedulerPicker';
import { WorkloadEditor } from './WorkloadEditor';
import './workload.css';

const selectScenario = (s: AppState) => s.scenario;

/** The "Workload & scheduler" view: what runs, on what node, under which policy, with which memory. */
export function WorkloadView() {
  const scenario = useApp(selectScenario);
  if (!scenario) return <p className="panel muted">No scenario is loaded yet. Choose a preset.</p>;
  return (
    <div className="workload-view">
      <ApplyBar />
      <SchedulerPicker scenario={scenario} />
      <MemorySettings scenario={scenario} />
      <HeapSettings scenario={scenario} />
      <OstepImport />
      <OstepExport scenario={scenario} />
      <WorkloadEditor scenario={scenario} />
      <GenerateForm scenario={scenario} />
      <CreateProcessForm />
    </div>
  );
}
