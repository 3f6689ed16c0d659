import type { AppStore } from '../../store/appStore';
import type { LoadResult } from '../../store/results';
import { OSTEP_HASH } from '../../store/ostepLink';
import { watchAutosave } from '../../store/autosave';
import type { StartMode } from '../../store/shareSlice';
import { embedView } from '../present/embedView';

const SHARE_HASH = '#s=';

/** The address bar's `#s=` (scenario) or `#ostep=` (OSTEP command) fragment, or ''. */
function linkHash(): string {
  const hash = window.location.hash;
  return hash.startsWith(SHARE_HASH) || hash.startsWith(OSTEP_HASH) ? hash : '';
}

/**
 * Takes the link's fragment off the address bar, so that a reload restores the autosave (with later changes)
 * rather than the link. An embedded view has no autosave: its fragment stays, and a reload shows the link again.
 */
function takeLinkHash(mode: StartMode): string {
  const hash = linkHash();
  if (hash !== '' && mode === 'app')
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  return hash;
}

function openLink(store: AppStore, hash: string, mode: StartMode): Promise<{ ok: boolean }> {
  return hash.startsWith(OSTEP_HASH) ? store.getState().openOstepLink(hash) : store.getState().openFromLink(hash, mode);
}

/**
 * The app's first scenario: a `#s=` link, else the autosave, else `loadDefault` (a bad link falls back
 * and its errors stay shown); an `#ostep=` link then opens the OSTEP view on its command. Then autosaves from
 * here on, and opens links pasted into the address bar. A link keeps the work it replaces (see openFromLink).
 * An embedded view (`?embed=1`, in someone's slides) shows its link or the default scenario and never reads or
 * writes the viewer's autosave.
 */
export async function startUp(
  store: AppStore,
  loadDefault: (stillWanted: () => boolean) => Promise<LoadResult>,
): Promise<void> {
  const mode: StartMode = embedView(window.location.search) ? 'embed' : 'app';
  await store.getState().start();
  const hash = takeLinkHash(mode);
  await store.getState().startFrom(hash.startsWith(SHARE_HASH) ? hash : '', loadDefault, mode);
  if (hash.startsWith(OSTEP_HASH)) await openLink(store, hash, mode);
  window.addEventListener('hashchange', () => {
    const next = takeLinkHash(mode);
    if (next !== '') void openLink(store, next, mode);
  });
  if (mode === 'embed') return;
  watchAutosave(store);
  store.getState().saveAutosave();
  // The last tick change may be inside the once-a-second throttle when the page goes away.
  window.addEventListener('pagehide', () => store.getState().saveAutosave());
}
