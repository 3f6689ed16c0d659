import { lazy } from 'react';
import { HeaderTools } from '../present/HeaderTools';
import { PresenterToggle } from '../present/PresenterToggle';
import { usePresentation } from '../present/usePresentation';
import { ShareBar } from '../share/ShareBar';
import { SimulateView } from '../simulate/SimulateView';
import { useRouteSync } from '../stage/useRouteSync';
import { VIEWS, VIEW_NAMES } from '../stage/views';
import { ErrorPanel } from '../status/ErrorPanel';
import { Loading } from '../status/Loading';
import { StatusBanner } from '../status/StatusBanner';
import { LessonBar } from '../teach/LessonBar';
import { TransportBar } from '../transport/TransportBar';
import { useKeyboardShortcuts } from '../transport/useKeyboardShortcuts';
import { WelcomeCard } from '../welcome/WelcomeCard';
import { PresetMenu } from '../workload/PresetMenu';
import type { AppState, ViewName } from '../../store/types';
import { useApp, useAppStore } from './StoreContext';

/** The views laid out as a stage (they scroll inside their own boxes, never the page). */
const STAGES: ReadonlySet<ViewName> = new Set(['simulate', 'memory', 'files', 'network', 'compare']);
const selectView = (s: AppState) => s.view;
/**
 * Views other than Simulate load when first opened: the first page (the default scenario playing) does not
 * wait for the charts library, the console or the exercises.
 */
const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
const ConsolePanel = lazy(() => import('../console/ConsolePanel').then((m) => ({ default: m.ConsolePanel })));
const MemoryView = lazy(() => import('../memory/MemoryView').then((m) => ({ default: m.MemoryView })));
const FilesView = lazy(() => import('../filesystem/FilesView').then((m) => ({ default: m.FilesView })));
const NetworkView = lazy(() => import('../network/NetworkView').then((m) => ({ default: m.NetworkView })));
const OstepView = lazy(() => import('../ostep/OstepView').then((m) => ({ default: m.OstepView })));
const ExerciseView = lazy(() => import('../teach/ExerciseView').then((m) => ({ default: m.ExerciseView })));
const LessonPlayer = lazy(() => import('../teach/LessonPlayer').then((m) => ({ default: m.LessonPlayer })));
const PresetGallery = lazy(() => import('../teach/PresetGallery').then((m) => ({ default: m.PresetGallery })));
const WorkloadView = lazy(() => import('../workload/WorkloadView').then((m) => ({ default: m.WorkloadView })));

const selectTitle = (s: AppState) => s.scenario?.title ?? '';
const selectPresenting = (s: AppState) => s.presenting;
const selectLoaded = (s: AppState) => s.frame !== null;

export function App() {
  const view = useApp(selectView);
  const title = useApp(selectTitle);
  const presenting = useApp(selectPresenting);
  const loaded = useApp(selectLoaded);
  const store = useAppStore();
  useKeyboardShortcuts();
  usePresentation();
  const [routeNotice, dismissRouteNotice] = useRouteSync();
  const playback = VIEWS[view].playback;
  return (
    <div className="app" data-view={view} data-loaded={loaded}>
      <StatusBanner />
      <header className="app-header">
        <h1>
          BCOS Simulator{' '}
          <span className="scenario-title" title={title}>
            {title}
          </span>
        </h1>
        <PresetMenu />
        <ShareBar />
        <div className="app-header-row">
          <nav aria-label="Views" role="tablist" className="tabs">
            {VIEW_NAMES.map((v) => (
              <button
                key={v}
                role="tab"
                id={`tab-${v}`}
                aria-selected={view === v}
                aria-controls={`panel-${v}`}
                className={view === v ? 'tab active' : 'tab'}
                onClick={() => store.getState().setView(v)}
              >
                {VIEWS[v].label}
              </button>
            ))}
          </nav>
          <HeaderTools />
        </div>
      </header>
      {(playback || presenting) && (
        <div className="stage-bar">
          {playback && <TransportBar />}
          {/* The header is hidden while presenting; this is the way out. */}
          {presenting && <PresenterToggle />}
        </div>
      )}
      <LessonBar />
      <ErrorPanel />
      <WelcomeCard />
      {routeNotice && (
        <div className="route-notice" role="alert">
          <p>{routeNotice}</p>
          <button type="button" onClick={dismissRouteNotice}>
            Dismiss
          </button>
        </div>
      )}
      <main
        id={`panel-${view}`}
        role="tabpanel"
        aria-labelledby={`tab-${view}`}
        className={STAGES.has(view) ? 'app-main app-main-stage' : 'app-main'}
      >
        <Loading>
          {view === 'simulate' && <SimulateView />}
          {view === 'memory' && <MemoryView />}
          {view === 'files' && <FilesView />}
          {view === 'network' && <NetworkView />}
          {view === 'workload' && <WorkloadView />}
          {view === 'compare' && <CompareView />}
          {view === 'console' && <ConsolePanel />}
          {view === 'ostep' && <OstepView />}
          {view === 'gallery' && <PresetGallery />}
          {view === 'exercises' && <ExerciseView />}
          {view === 'lessons' && <LessonPlayer />}
        </Loading>
      </main>
    </div>
  );
}
