import { useState, type KeyboardEvent } from 'react';

/** Keys belong to these while they have focus (the slider's arrows move it natively). */
const OWN_KEYS = 'input, select, textarea';

export interface Stepper {
  step: number;
  last: number;
  go(step: number): void;
  /** ←/→ previous/next, Home/End first/last, anywhere inside the stepped view */
  onKeyDown(e: KeyboardEvent): void;
}

/**
 * A position among `count` steps (0 … count − 1) for a stepped answer. The view's keys are taken here, before
 * the page-wide playback shortcuts see them (they would step the hidden simulation instead).
 */
export function useStepper(count: number): Stepper {
  const last = Math.max(0, count - 1);
  const [raw, setRaw] = useState(0);
  const step = Math.min(raw, last);
  const go = (s: number) => setRaw(Math.min(Math.max(0, s), last));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target instanceof Element && e.target.closest(OWN_KEYS))) return;
    const to = { ArrowLeft: step - 1, ArrowRight: step + 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };
  return { step, last, go, onKeyDown };
}
