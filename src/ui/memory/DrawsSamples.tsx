import { useEffect, type ReactNode } from 'react';
import { useAppStore } from '../app/StoreContext';

/**
 * Around a panel that charts memory over time: while it is shown, the worker sends the samples it draws (a long
 * run has tens of thousands, which would otherwise travel with every jump, whatever the view).
 */
export function DrawsSamples({ children }: { children: ReactNode }) {
  const store = useAppStore();
  useEffect(() => {
    void store.getState().showMemoryCharts(true);
    return () => void store.getState().showMemoryCharts(false);
  }, [store]);
  return children;
}
