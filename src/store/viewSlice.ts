import type { SliceContext } from './deps';
import type { ViewSlice } from './types';

export function viewSlice({ set }: SliceContext): ViewSlice {
  return {
    view: 'simulate',
    processLanes: false,
    selectedPid: null,
    setView: (view) => set({ view }),
    setProcessLanes: (processLanes) => set({ processLanes }),
    select: (selectedPid) => set({ selectedPid }),
  };
}
