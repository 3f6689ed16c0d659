import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `quietMs`, and in any case at least every `maxWaitMs` while it keeps
 * changing. Charts take the memory samples through this: laying out a chart costs tens of ms, so while the
 * Time slider is dragged (a new value every few ms) only the grid follows every tick, and the charts catch
 * up when the slider rests (or once per `maxWaitMs` during a long drag or playback).
 */
export function useSettledValue<T>(value: T, quietMs: number, maxWaitMs: number): T {
  const [settled, setSettled] = useState(value);
  const [since, setSince] = useState<number | null>(null);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const now = performance.now();
    const start = since ?? now;
    if (since === null) setSince(now);
    const wait = Math.max(0, Math.min(quietMs, start + maxWaitMs - now));
    const handle = setTimeout(() => {
      setSettled(value);
      setSince(null);
    }, wait);
    return () => clearTimeout(handle);
  }, [value, settled, since, quietMs, maxWaitMs]);
  return settled;
}
