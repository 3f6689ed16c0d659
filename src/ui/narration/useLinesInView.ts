import { useCallback, useState, type UIEvent } from 'react';

/** Lines rendered before the list says it needs more: a little over what a docked list shows at 1440×900. */
export const FIRST_LINES = 16;
/** Lines added each time the end of those rendered comes within OVERSCAN of the list's bottom edge. */
const MORE_LINES = 16;
/** How far below the list's visible bottom the rendered lines reach, so that scrolling meets lines already there. */
const OVERSCAN = '0px 0px 240px 0px';

/**
 * How many of a scrolling list's `total` lines to render: those in view and a little more. A far jump rewrites
 * every line's text, and each rendered line is laid out and painted again, seen or not (about 70 of them, 8 in
 * view: a fifth of the page's work on a jump). A marker after the last rendered line asks for more when it comes
 * near the view of the list that holds it: as the list scrolls, grows, or its lines get shorter. The marker is
 * made again for each count (`markerKey`), so that a new observer's first report says whether it is still near
 * the view, which one observer would not report again while it stays so. Scrolled back to the top, the list goes
 * back to its first lines. Where there is no IntersectionObserver, every line.
 */
export function useLinesInView(total: number) {
  const observing = typeof IntersectionObserver !== 'undefined';
  const [count, setCount] = useState(FIRST_LINES);
  const marker = useCallback((end: HTMLElement | null) => {
    if (!end) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setCount((c) => c + MORE_LINES);
      },
      { root: end.parentElement, rootMargin: OVERSCAN },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, []);
  const onScroll = useCallback((e: UIEvent<HTMLElement>) => {
    if (e.currentTarget.scrollTop === 0) setCount(FIRST_LINES);
  }, []);
  return {
    shown: observing ? Math.min(count, total) : total,
    more: observing && count < total,
    marker,
    markerKey: count,
    onScroll,
  };
}
