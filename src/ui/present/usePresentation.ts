import { useEffect, useRef } from 'react';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { applyThemeChoice, readThemeChoice } from '../theme/theme';
import { exitFullscreen } from './fullscreen';

const selectPresenting = (s: AppState) => s.presenting;

/**
 * Keeps the page in step with presenter mode: `data-present` on <html> (app.css switches to large type and
 * the high-contrast palette; canvases re-read their colours), full screen left when presenter mode is,
 * and presenter mode left when the user leaves full screen (browsers take Escape for that themselves).
 * Also applies the stored theme once. Call it once, in the app's root component.
 */
export function usePresentation(): boolean {
  const store = useAppStore();
  const presenting = useApp(selectPresenting);
  const wasFullscreen = useRef(false);

  useEffect(() => applyThemeChoice(readThemeChoice()), []);

  useEffect(() => {
    const root = document.documentElement;
    if (presenting) root.dataset.present = 'on';
    else {
      delete root.dataset.present;
      exitFullscreen();
    }
  }, [presenting]);

  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) {
        wasFullscreen.current = true;
        return;
      }
      if (wasFullscreen.current && store.getState().presenting) store.getState().setPresenting(false);
      wasFullscreen.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      delete document.documentElement.dataset.present;
    };
  }, [store]);

  return presenting;
}
