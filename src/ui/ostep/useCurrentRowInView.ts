import { useEffect, useRef } from 'react';

/**
 * Scrolls a scrolling box (only the box, never the page) so its row `data-row={current}` is in view whenever
 * `current` changes: stepping with the controls keeps the table's highlighted row visible.
 */
export function useCurrentRowInView<T extends HTMLElement>(current: number) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const box = ref.current;
    const row = box?.querySelector<HTMLElement>(`[data-row="${current}"]`);
    if (!box || !row) return;
    const r = row.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - (b.height - r.height) / 2;
  }, [current]);
  return ref;
}
