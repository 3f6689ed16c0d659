import { useCallback, useRef, useState } from 'react';
import type { AppStore } from '../../store/appStore';

/**
 * Seeks for a dragged slider: at most one seek is in flight; while it runs, newer positions replace each
 * other and only the latest is sent next. `dragTick` is what the slider shows until the seeks settle.
 */
export function useCoalescedSeek(store: AppStore): { dragTick: number | null; seekTo(tick: number): void } {
  const pending = useRef<number | null>(null);
  const running = useRef(false);
  const [dragTick, setDragTick] = useState<number | null>(null);
  const seekTo = useCallback(
    (tick: number) => {
      pending.current = tick;
      setDragTick(tick);
      store.getState().aimAt(tick);
      if (running.current) return;
      running.current = true;
      void (async () => {
        while (pending.current !== null) {
          const next = pending.current;
          pending.current = null;
          await store.getState().seek(next);
        }
        running.current = false;
        setDragTick(null);
      })();
    },
    [store],
  );
  return { dragTick, seekTo };
}
