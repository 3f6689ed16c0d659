import { useEffect, useRef, useState } from 'react';

/**
 * `value` once it has stayed the same for `quietMs`, and in any case at least every `maxWaitMs` while it keeps
 * changing. Charts take the memory samples through this: laying out a chart costs tens of ms, so while the
 * Time slider is dragged (a new value every few ms) only the grid follows every tick, and the charts catch
 * up when the slider rests (or once per `maxWaitMs` during playback).
 */
export function useSettledValue<T>(value: T, quietMs: number, maxWaitMs: number): T {
  const [settled, setSettled] = useState(value);
  /** when the value first differed from the settled one, in ms */
  const since = useRef<number | null>(null);
  useEffect(() => {
    if (Object.is(value, settled)) {
      since.current = null;
      return;
    }
    const now = performance.now();
    since.current ??= now;
    const wait = Math.max(0, Math.min(quietMs, since.current + maxWaitMs - now));
    const handle = setTimeout(() => {
      since.current = null;
      setSettled(value);
    }, wait);
    return () => clearTimeout(handle);
  }, [value, settled, quietMs, maxWaitMs]);
  return settled;
}
