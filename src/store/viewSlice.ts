import type { SliceContext } from './deps';
import type { ViewSlice } from './types';

export function viewSlice({ set, get }: SliceContext): ViewSlice {
  return {
    view: 'simulate',
    panels: {},
    drawerClosed: false,
    processLanes: false,
    memoryColour: 'owner',
    memoryCell: null,
    selectedPid: null,
    setView: (view, panel) =>
      set(panel === undefined ? { view } : { view, panels: { ...get().panels, [view]: panel } }),
    setPanel: (view, panel) => set({ panels: { ...get().panels, [view]: panel } }),
    setDrawerClosed: (drawerClosed) => set({ drawerClosed }),
    setProcessLanes: (processLanes) => set({ processLanes }),
    setMemoryColour: (memoryColour) => set({ memoryColour }),
    setMemoryCell: (memoryCell) => set({ memoryCell }),
    select: (selectedPid) => set({ selectedPid }),
  };
}
