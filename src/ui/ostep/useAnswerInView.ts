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
    if (el.getBoundingClientRect().top <= window.innerHeight / 2) return;
    el.scrollIntoView?.({ block: 'start' });
  }, [answerKey]);
  return ref;
}
