import type { AppStore } from '../../store/appStore';
import type { LoadResult } from '../../store/results';
import { OSTEP_HASH } from '../../store/ostepLink';
import { watchAutosave } from '../../store/autosave';

const SHARE_HASH = '#s=';

/**
 * Takes a `#s=` (scenario) or `#ostep=` (OSTEP command) fragment off the address bar, so that a reload restores
 * the autosave (with later changes) rather than the link.
 */
function takeLinkHash(): string {
  const hash = window.location.hash;
  if (!hash.startsWith(SHARE_HASH) && !hash.startsWith(OSTEP_HASH)) return '';
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  return hash;
}

function openLink(store: AppStore, hash: string): Promise<{ ok: boolean }> {
  return hash.startsWith(OSTEP_HASH) ? store.getState().openOstepLink(hash) : store.getState().openFromLink(hash);
}

/**
 * The app's first scenario: a `#s=` link, else the autosave, else `loadDefault` (a bad link falls back
 * and its errors stay shown); an `#ostep=` link then opens the OSTEP view on its command. Then autosaves from
 * here on, and opens links pasted into the address bar.
 */
export async function startUp(store: AppStore, loadDefault: () => Promise<LoadResult>): Promise<void> {
  await store.getState().start();
  const hash = takeLinkHash();
  await store.getState().startFrom(hash.startsWith(SHARE_HASH) ? hash : '', loadDefault);
  if (hash.startsWith(OSTEP_HASH)) await openLink(store, hash);
  watchAutosave(store);
  store.getState().saveAutosave();
  // The last tick change may be inside the once-a-second throttle when the page goes away.
  window.addEventListener('pagehide', () => store.getState().saveAutosave());
  window.addEventListener('hashchange', () => {
    const next = takeLinkHash();
    if (next !== '') void openLink(store, next);
  });
}
