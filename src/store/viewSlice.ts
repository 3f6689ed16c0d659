import type { SliceContext } from './deps';
import type { ViewSlice } from './types';

export function viewSlice({ set, get }: SliceContext): ViewSlice {
  return {
    view: 'simulate',
    panels: {},
    drawerClosed: false,
    processLanes: false,
    selectedPid: null,
    setView: (view, panel) =>
      set(panel === undefined ? { view } : { view, panels: { ...get().panels, [view]: panel } }),
    setPanel: (view, panel) => set({ panels: { ...get().panels, [view]: panel } }),
    setDrawerClosed: (drawerClosed) => set({ drawerClosed }),
    setProcessLanes: (processLanes) => set({ processLanes }),
    select: (selectedPid) => set({ selectedPid }),
  };
}
