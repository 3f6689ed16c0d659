import { useEffect, type ReactNode } from 'react';
import type { ChartedSubsystem } from '../../store/types';
import { useAppStore } from '../app/StoreContext';

/**
 * Around a panel that charts a subsystem over time (memory, the file system's caches): while it is shown, the
 * worker sends the samples it draws (a long run has tens of thousands, which would otherwise travel with every
 * jump, whatever the view).
 */
export function DrawsSamples({
  subsystem = 'memory',
  children,
}: {
  subsystem?: ChartedSubsystem;
  children: ReactNode;
}) {
  const store = useAppStore();
  useEffect(() => {
    void store.getState().showCharts(subsystem, true);
    return () => void store.getState().showCharts(subsystem, false);
  }, [store, subsystem]);
  return children;
}
