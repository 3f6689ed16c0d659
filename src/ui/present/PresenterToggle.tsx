import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { enterFullscreen } from './fullscreen';

const selectPresenting = (s: AppState) => s.presenting;

/**
 * Presenter mode on and off. Full screen is asked for here, in the click, because browsers grant it only
 * in response to a user action.
 */
export function PresenterToggle() {
  const store = useAppStore();
  const presenting = useApp(selectPresenting);
  const toggle = () => {
    if (!presenting) enterFullscreen();
    store.getState().setPresenting(!presenting);
  };
  return (
    <button
      type="button"
      className="present-toggle"
      aria-pressed={presenting}
      onClick={toggle}
      title="Large type, high contrast, full screen. Page Down/Page Up step, “.” plays or pauses, Escape leaves."
      aria-keyshortcuts="Escape"
    >
      Presenter mode
    </button>
  );
}
