import { useEffect, useRef } from 'react';

/**
 * Brings a new answer up to the top of the window when it would start in the window's lower half: on a small
 * screen the command form, its examples and the welcome card fill the first screen, and the answer (the picture
 * the command was run for) would otherwise open below the fold. An answer already in sight is left where it is.
 */
export function useAnswerInView<T extends HTMLElement>(answerKey: string) {
  const ref = useRef<T>(null);
  const placed = useRef<string | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || placed.current === answerKey) return;
    placed.current = answerKey;
    const low = () => el.getBoundingClientRect().top > window.innerHeight / 2;
    if (!low()) return;
    el.scrollIntoView?.({ block: 'start' });
    // The answer's picture loads when first shown, so the answer is short at first and the page may not scroll far
    // enough yet: as it grows, it is brought up again, until it is in sight.
    if (!low() || typeof ResizeObserver === 'undefined') return;
    const grows = new ResizeObserver(() => {
      el.scrollIntoView?.({ block: 'start' });
      if (!low()) grows.disconnect();
    });
    grows.observe(el);
    return () => grows.disconnect();
  }, [answerKey]);
  return ref;
}
