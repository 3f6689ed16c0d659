import { useEffect } from 'react';
import { useAppStore } from '../app/StoreContext';

/**
 * Lets "who runs next?" follow the run: on every new frame, and when play starts or stops, the store
 * decides whether to hold the run before the next scheduling decision. Mount it once, where the run plays.
 */
export function usePredictDriver(): void {
  const store = useAppStore();
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.predict.on && (s.frame !== prev.frame || s.playing !== prev.playing)) s.followPredict();
      }),
    [store],
  );
}
