import { useEffect } from 'react';
import type { AppState } from '../../store/types';
import { useAppStore } from '../app/StoreContext';

/** Where keys belong to the focused control: text entry, menus, the Time slider (its arrows seek natively). */
const EDITABLE = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';
/** Controls that Space (and Enter) activate: taking Space from them would break keyboard use. */
const ACTIVATABLE = 'button, a[href], summary, [role="button"], [role="tab"], [role="checkbox"], [role="menuitem"]';

function actionFor(e: KeyboardEvent): ((s: AppState) => unknown) | null {
  switch (e.key) {
    case ' ':
      return (s) => s.togglePlay();
    case 'ArrowRight':
      return (s) => s.step('forward', e.shiftKey ? 'event' : 'tick');
    case 'ArrowLeft':
      return (s) => s.step('back', e.shiftKey ? 'event' : 'tick');
    case 'Home':
      return (s) => s.reset();
    case 'End':
      return (s) => s.runToEnd();
    default:
      return null;
  }
}

/**
 * Playback from the keyboard anywhere on the page: Space play/pause, ←/→ step a tick, Shift+←/→ step to
 * the previous/next event, Home reset, End run to the end.
 */
export function useKeyboardShortcuts(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(EDITABLE) || (target instanceof HTMLElement && target.isContentEditable)) return;
      if (e.key === ' ' && target?.closest(ACTIVATABLE)) return;
      const action = actionFor(e);
      const s = store.getState();
      if (!action || !s.frame || s.status !== 'ready') return;
      e.preventDefault();
      void action(s);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
