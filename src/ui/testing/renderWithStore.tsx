import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createAppStore, type AppStore } from '../../store/appStore';
import { inProcessClient } from '../../store/inProcessClient';
import type { FrameScheduler } from '../../store/deps';
import { StoreProvider } from '../app/StoreContext';
import { download } from '../files/download';

/** Animation frames that run only when a test says so. */
export function manualFrames(): FrameScheduler & { flush(timeMs: number): void; pending(): number } {
  let next = 1;
  const queue = new Map<number, (t: number) => void>();
  return {
    request(cb) {
      queue.set(next, cb);
      return next++;
    },
    cancel: (h) => void queue.delete(h),
    flush(timeMs) {
      const due = [...queue.values()];
      queue.clear();
      for (const cb of due) cb(timeMs);
    },
    pending: () => queue.size,
  };
}

/** A fresh store over the in-process handler (the same code the worker runs), not started: for views that only read it. */
export function newStore(frames: FrameScheduler = manualFrames()): AppStore {
  return createAppStore({ makeClient: () => inProcessClient(), frames, clockMs: () => 0, saveFile: download });
}

/** A fresh store over the in-process handler, started and loaded. */
export async function startedStore(
  scenario: unknown,
  frames = manualFrames(),
): Promise<{ store: AppStore; frames: ReturnType<typeof manualFrames> }> {
  const store = newStore(frames);
  await store.getState().start();
  await store.getState().load(scenario, 'test');
  return { store, frames };
}

export function renderWithStore(ui: ReactElement, store: AppStore): RenderResult {
  return render(<StoreProvider store={store}>{ui}</StoreProvider>);
}
