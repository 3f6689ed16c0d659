import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/appStore';
import { workerClient } from '../store/client';
import { App } from './app/App';
import { StoreProvider } from './app/StoreContext';
import { loadPreset } from './workload/presets';
import './theme/app.css';

const store = createAppStore({
  makeClient: workerClient,
  clockMs: () => performance.now(),
  frames: { request: (cb) => requestAnimationFrame(cb), cancel: (h) => cancelAnimationFrame(h) },
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

void store
  .getState()
  .start()
  .then(() => loadPreset(store, 'default.json'));
