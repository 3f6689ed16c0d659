import { fitMemory, type MemoryFit } from '../../core/scenario/memoryFit';
import type { AppStore } from '../../store/appStore';
import type { LoadResult } from '../../store/results';

/** The store's errorSource for turning memory on. */
export const MEMORY_ON_SOURCE = 'memory';

/** The scenario with memory on, sized to its workload, or the scenario as it is when nothing fits. */
function fitted(scenario: Parameters<typeof fitMemory>[0]): unknown {
  const fit = fitMemory(scenario);
  return fit.kind === 'impossible' ? scenario : fit.scenario;
}

/**
 * "Turn on memory management": memory sized so that every process fits (fitMemory), so the run finishes
 * instead of leaving every process in NEW. When that means changing the workload (needs scaled down), or
 * cannot be done, the proposal is shown first (MemoryFitDialog) and nothing changes until it is accepted.
 */
export async function turnOnMemory(store: AppStore): Promise<LoadResult | null> {
  const s = store.getState();
  if (!s.scenario) return null;
  const fit: MemoryFit = fitMemory(s.scenario);
  if (fit.kind !== 'fits') {
    s.proposeMemory(fit);
    return null;
  }
  return s.edit(() => fit.scenario, MEMORY_ON_SOURCE);
}

/** Accepts the proposal: fitted again to the scenario as it is now, in one edit (one undo step). */
export async function acceptMemoryProposal(store: AppStore): Promise<LoadResult> {
  store.getState().proposeMemory(null);
  return store.getState().edit(fitted, MEMORY_ON_SOURCE);
}
