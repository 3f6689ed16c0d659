import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/appStore';
import { workerClient } from '../store/client';
import { App } from './app/App';
import { StoreProvider } from './app/StoreContext';
import { download } from './files/download';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { embedView } from './present/embedView';
import { startUp } from './share/startUp';
import { loadPreset } from './workload/presets';
import './theme/app.css';

// ?embed=1&view=gantt shows one view with minimal chrome, for slides and learning platforms. It loads only
// when asked for, so the app's first page does not wait for the views an embed may show.
const EmbedApp = lazy(() => import('./present/EmbedApp').then((m) => ({ default: m.EmbedApp })));
const embed = embedView(location.search);

const store = createAppStore({
  makeClient: workerClient,
  saveFile: download,
  clockMs: () => performance.now(),
  frames: { request: (cb) => requestAnimationFrame(cb), cancel: (h) => cancelAnimationFrame(h) },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <StoreProvider store={store}>
      {embed ? (
        <Suspense fallback={null}>
          <EmbedApp view={embed} />
        </Suspense>
      ) : (
        <App />
      )}
    </StoreProvider>
  </StrictMode>,
);

// A shared link (#s=...), else the autosave, else the default preset.
void startUp(store, (stillWanted) => loadPreset(store, 'default.json', stillWanted));
void registerServiceWorker();
