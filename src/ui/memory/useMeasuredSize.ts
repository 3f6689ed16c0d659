import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The content size of an element in CSS px, kept current with a ResizeObserver: the grid fills whatever box
 * the page gives it. Where layout is not measured (jsdom), and before the first measurement, `fallback`.
 */
export function useMeasuredSize<T extends HTMLElement>(fallback: {
  width: number;
  height: number;
}): [RefObject<T | null>, { width: number; height: number }] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth;
      const height = el.clientHeight;
      if (width > 0 && height > 0) setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
