import { useMemo, useSyncExternalStore } from 'react';
import { readCanvasPalette, type CanvasPalette } from './canvasPalette';

const DARK_QUERY = '(prefers-color-scheme: dark)';
/** One MediaQueryList for the page: getSnapshot runs on every render of every chart. */
let darkQuery: MediaQueryList | null | undefined;
function dark(): MediaQueryList | null {
  if (darkQuery === undefined) darkQuery = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  return darkQuery;
}

/** What decides the theme: the root's data-theme and data-present attributes and the system preference. */
function themeKey(): string {
  if (typeof document === 'undefined') return '';
  const root = document.documentElement;
  return `${root.dataset.theme ?? ''}|${root.dataset.present ?? ''}|${dark()?.matches ?? false}`;
}

function subscribe(onChange: () => void): () => void {
  if (typeof document === 'undefined') return () => {};
  const mo = typeof MutationObserver === 'undefined' ? null : new MutationObserver(onChange);
  mo?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-present'] });
  const mq = dark();
  mq?.addEventListener?.('change', onChange);
  return () => {
    mo?.disconnect();
    mq?.removeEventListener?.('change', onChange);
  };
}

/** The computed style depends on what `key` sums up; it is read again only when the key changes. */
function paletteFor(_key: string): CanvasPalette {
  return readCanvasPalette();
}

/** The canvas palette of the current theme, re-read when the theme, presenter mode or the system preference changes. */
export function useCanvasPalette(): CanvasPalette {
  const key = useSyncExternalStore(subscribe, themeKey, () => '');
  return useMemo(() => paletteFor(key), [key]);
}
