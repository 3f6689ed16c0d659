import { CompareView } from '../compare/CompareView';
import { ConsolePanel } from '../console/ConsolePanel';
import { GanttLive } from '../gantt/GanttLive';
import { HeapPanel } from '../heap/HeapPanel';
import { MemoryView } from '../memory/MemoryView';
import { MetricsPanel } from '../metrics/MetricsPanel';
import { CreateProcessForm } from '../operations/CreateProcessForm';
import { NarrationPanel } from '../narration/NarrationPanel';
import { OstepView } from '../ostep/OstepView';
import { QueuesPanel } from '../queues/QueuesPanel';
import { ErrorPanel } from '../status/ErrorPanel';
import { StatusBanner } from '../status/StatusBanner';
import { ProcessTable } from '../tables/ProcessTable';
import { ExerciseView } from '../teach/ExerciseView';
import { LessonBar } from '../teach/LessonBar';
import { LessonPlayer } from '../teach/LessonPlayer';
import { PresetGallery } from '../teach/PresetGallery';
import { HeaderTools } from '../present/HeaderTools';
import { usePresentation } from '../present/usePresentation';
import { ShareBar } from '../share/ShareBar';
import { TransportBar } from '../transport/TransportBar';
import { useKeyboardShortcuts } from '../transport/useKeyboardShortcuts';
import { PresetMenu } from '../workload/PresetMenu';
import { WorkloadView } from '../workload/WorkloadView';
import type { AppState, ViewName } from '../../store/types';
import { useApp, useAppStore } from './StoreContext';

const TABS: { view: ViewName; label: string }[] = [
  { view: 'simulate', label: 'Simulate' },
  { view: 'memory', label: 'Memory' },
  { view: 'workload', label: 'Workload & scheduler' },
  { view: 'compare', label: 'Compare schedulers' },
  { view: 'console', label: 'Console' },
  { view: 'ostep', label: 'OSTEP' },
  { view: 'gallery', label: 'Presets' },
  { view: 'exercises', label: 'Exercises' },
  { view: 'lessons', label: 'Lessons' },
];
const selectView = (s: AppState) => s.view;
const selectTitle = (s: AppState) => s.scenario?.title ?? '';

export function App() {
  const view = useApp(selectView);
  const title = useApp(selectTitle);
  const store = useAppStore();
  useKeyboardShortcuts();
  usePresentation();
  return (
    <div className="app">
      <StatusBanner />
      <header className="app-header">
        <h1>
          BCOS Simulator <span className="scenario-title">{title}</span>
        </h1>
        <PresetMenu />
        <ShareBar />
        <nav aria-label="Views" role="tablist" className="tabs">
          {TABS.map((t) => (
            <button
              key={t.view}
              role="tab"
              id={`tab-${t.view}`}
              aria-selected={view === t.view}
              aria-controls={`panel-${t.view}`}
              className={view === t.view ? 'tab active' : 'tab'}
              onClick={() => store.getState().setView(t.view)}
            >
              {t.label}
            </button>
          ))}
        </nav>
        <HeaderTools />
      </header>
      <TransportBar />
      <LessonBar />
      <ErrorPanel />
      <main id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} className="app-main">
        {view === 'simulate' && (
          <>
            <GanttLive />
            <div className="grid-2">
              <QueuesPanel />
              <NarrationPanel />
            </div>
            <HeapPanel />
            <ProcessTable />
            <CreateProcessForm />
            <MetricsPanel />
          </>
        )}
        {view === 'memory' && <MemoryView />}
        {view === 'workload' && <WorkloadView />}
        {view === 'compare' && <CompareView />}
        {view === 'console' && <ConsolePanel />}
        {view === 'ostep' && <OstepView />}
        {view === 'gallery' && <PresetGallery />}
        {view === 'exercises' && <ExerciseView />}
        {view === 'lessons' && <LessonPlayer />}
      </main>
    </div>
  );
}
