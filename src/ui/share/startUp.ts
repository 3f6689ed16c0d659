import type { AppStore } from '../../store/appStore';
import { watchAutosave } from '../../store/shareSlice';

const SHARE_HASH = '#s=';

/** Drops a `#s=` fragment from the address bar, so that a reload restores the autosave (with later changes) rather than the link. */
function takeShareHash(): string {
  const hash = window.location.hash;
  if (!hash.startsWith(SHARE_HASH)) return '';
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  return hash;
}

/**
 * The app's first scenario: a `#s=` link, else the autosave, else `loadDefault` (a bad link falls back
 * and its errors stay shown). Then autosaves from here on, and opens links pasted into the address bar.
 */
export async function startUp(store: AppStore, loadDefault: () => Promise<boolean>): Promise<void> {
  await store.getState().start();
  await store.getState().startFrom(takeShareHash(), loadDefault);
  watchAutosave(store);
  store.getState().saveAutosave();
  // The last tick change may be inside the once-a-second throttle when the page goes away.
  window.addEventListener('pagehide', () => store.getState().saveAutosave());
  window.addEventListener('hashchange', () => {
    const hash = takeShareHash();
    if (hash !== '') void store.getState().openFromLink(hash);
  });
}
