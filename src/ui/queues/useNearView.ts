import { useCallback, useState } from 'react';

/**
 * How far outside its scrolling box an element still counts as near: about a wheel notch, so that scrolling mostly
 * meets it made already. More would take in the lists just below the drawer's fold at 1440×900, the ones to skip.
 */
const MARGIN = '96px 0px';

/** The nearest ancestor that scrolls its content (the drawer's body on the stage), or null for the page. */
function scrollerOf(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** Near the view, or far and the height the element had when it went out of reach (to keep its place). */
export type Nearness = { near: true } | { near: false; height: number };

/** A report that the element is near, or that it is far (with the height it had when last near). */
function nextNearness(was: Nearness, seen: IntersectionObserverEntry): Nearness {
  if (seen.isIntersecting) return was.near ? was : { near: true };
  return { near: false, height: was.near ? seen.boundingClientRect.height : was.height };
}

/**
 * Whether an element (given by the returned callback ref) is in view of the box that scrolls it, or within MARGIN
 * of it; when not, the height it had then, so that what it leaves out keeps its room and the scroll bar its
 * length. A far jump brings other processes to every chip of every queue; lists below the drawer's fold were laid out
 * and painted again unseen (CSS content-visibility does not skip them: Chromium counts half a screen around the
 * view as in it). It starts near, so nothing in view is ever drawn empty first; where there is no
 * IntersectionObserver, it stays so.
 */
export function useNearView<T extends Element>(): [(el: T | null) => (() => void) | undefined, Nearness] {
  const [nearness, setNearness] = useState<Nearness>({ near: true });
  const ref = useCallback((el: T | null) => {
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (!last) return;
        setNearness((was) => nextNearness(was, last));
      },
      { root: scrollerOf(el), rootMargin: MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, nearness];
}
