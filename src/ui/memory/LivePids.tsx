import type { ReactNode } from 'react';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import type { PidOption } from './types';
import { useKeyed } from './useKeyed';

const selectRows = (s: AppState) => s.slowFrame?.processes;

/**
 * The processes a pid picker offers (those not ended), worked out only inside a panel that shows one: with 10,000
 * processes, listing them at every frame was about 1.5 ms of each far jump while no such panel was open.
 */
export function LivePids({ children }: { children: (pids: PidOption[]) => ReactNode }) {
  const processes = useApp(selectRows);
  // Every frame brings new process rows; the list the panel takes is kept while it says the same.
  const liveNow = (processes ?? []).filter((p) => p.state !== 'TERMINATED').map((p) => ({ pid: p.pid, name: p.name }));
  return children(useKeyed(liveNow, liveNow.map((p) => `${p.pid}:${p.name}`).join('\n')));
}
