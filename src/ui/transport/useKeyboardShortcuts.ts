import { useEffect } from 'react';
import type { AppState } from '../../store/types';
import { useAppStore } from '../app/StoreContext';

/** Where keys belong to the focused control: text entry, menus, the Time slider (its arrows seek natively). */
const EDITABLE = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';
/** Controls that Space (and Enter) activate: taking Space from them would break keyboard use. */
const ACTIVATABLE = 'button, a[href], summary, [role="button"], [role="tab"], [role="checkbox"], [role="menuitem"]';

function actionFor(e: KeyboardEvent, presenting: boolean): ((s: AppState) => unknown) | null {
  switch (e.key) {
    case ' ':
    case '.':
      return (s) => s.togglePlay();
    // Presentation clickers send Page Down / Page Up; outside presenter mode those keys scroll the page.
    case 'PageDown':
      return presenting ? (s) => s.step('forward') : null;
    case 'PageUp':
      return presenting ? (s) => s.step('back') : null;
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

/** In presenter mode a clicker's Page Up/Down must work even when the Time slider has focus. */
const RANGE = 'input[type="range"]';

/**
 * Playback from the keyboard anywhere on the page: Space or "." play/pause, ←/→ step a tick, Shift+←/→
 * step to the previous/next event, Home reset, End run to the end. In presenter mode also Page Down /
 * Page Up step a tick (what presentation clickers send) and Escape leaves presenter mode.
 */
export function useKeyboardShortcuts(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof Element ? e.target : null;
      const s = store.getState();
      if (e.key === 'Escape' && s.presenting) {
        s.setPresenting(false);
        return;
      }
      const clicker = s.presenting && (e.key === 'PageDown' || e.key === 'PageUp') && target?.matches(RANGE);
      if (!clicker && (target?.closest(EDITABLE) || (target instanceof HTMLElement && target.isContentEditable)))
        return;
      if (e.key === ' ' && target?.closest(ACTIVATABLE)) return;
      const action = actionFor(e, s.presenting);
      if (!action || !s.frame || s.status !== 'ready') return;
      e.preventDefault();
      void action(s);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
