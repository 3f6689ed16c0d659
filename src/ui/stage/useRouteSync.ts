import { useEffect, useState } from 'react';
import type { AppStore } from '../../store/appStore';
import type { AppState } from '../../store/types';
import { useAppStore } from '../app/StoreContext';
import { parseRoute, routeHash, unknownViewMessage } from './route';
import { VIEW_NAMES } from './views';

const hashOf = (s: AppState): string => routeHash(s.view, s.panels[s.view]);

/** A share or OSTEP link still in the address bar: the start-up code takes it off and opens it. */
const isLink = (hash: string): boolean => hash !== '' && parseRoute(hash).kind === 'none';

/** An exercise link (`?exercise=fsck-42-2`): a student who opens it comes to do that exercise. */
const EXERCISE_LINK = /[?&]exercise=/;

/**
 * Opens what the address bar names and returns nothing, or the sentence for a name that is no view (the
 * current view stays). The page's first entry has no route: it is the first view, or the Exercises view for an
 * exercise link.
 */
function follow(store: AppStore, hash: string): string | null {
  const route = parseRoute(hash);
  const s = store.getState();
  if (route.kind === 'view') s.setView(route.view, route.panel);
  else if (hash === '') s.setView(EXERCISE_LINK.test(window.location.search) ? 'exercises' : VIEW_NAMES[0]!);
  else if (route.kind === 'unknown') {
    window.history.replaceState(window.history.state, '', hashOf(s));
    return unknownViewMessage(route.name);
  }
  return null;
}

/**
 * Keeps the open view and panel in the address bar (`#/memory/mmu`): each change is a history entry, so
 * Back and Forward move between views and a reload opens the same place. Share and OSTEP links (`#s=`,
 * `#ostep=`) are not routes: the start-up code takes them off the address bar itself. Returns the sentence
 * for a view name that does not exist (null when there is none) and a way to dismiss it.
 */
export function useRouteSync(): [notice: string | null, dismiss: () => void] {
  const store = useAppStore();
  const [notice, setNotice] = useState(() => {
    const route = parseRoute(window.location.hash);
    return route.kind === 'unknown' ? unknownViewMessage(route.name) : null;
  });
  useEffect(() => {
    if (!isLink(window.location.hash)) follow(store, window.location.hash);
    if (window.location.hash === '') window.history.replaceState(window.history.state, '', hashOf(store.getState()));
    const unsubscribe = store.subscribe((s, before) => {
      if (s.view === before.view && s.panels === before.panels) return;
      const hash = hashOf(s);
      if (window.location.hash !== hash && !isLink(window.location.hash))
        window.history.pushState(window.history.state, '', hash);
    });
    const onPop = () => setNotice(follow(store, window.location.hash));
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);
  return [notice, () => setNotice(null)];
}
