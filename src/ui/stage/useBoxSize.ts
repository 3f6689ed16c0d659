import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface BoxSize {
  width: number;
  /** 0 where the box has no height of its own yet */
  height: number;
}

/**
 * The content size of an element in CSS pixels, kept current by a ResizeObserver: a picture fills the box it
 * is given. A measurement counts once the box has a width (and, with `needsHeight`, a height too); until then,
 * and where layout is not measured (jsdom), `fallback` stays.
 */
export function useBoxSize<T extends HTMLElement>(
  fallback: BoxSize,
  needsHeight = false,
): [RefObject<T | null>, BoxSize] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth;
      const height = el.clientHeight;
      if (width > 0 && (height > 0 || !needsHeight))
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [needsHeight]);
  return [ref, size];
}
