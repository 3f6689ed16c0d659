import type { SliceContext } from './deps';
import type { ViewSlice } from './types';

export function viewSlice({ set, get, send }: SliceContext): ViewSlice {
  return {
    view: 'simulate',
    panels: {},
    drawerClosed: false,
    drawerTall: false,
    processLanes: false,
    memoryCharts: 0,
    memoryColour: 'owner',
    memoryCell: null,
    selectedPid: null,
    setView: (view, panel) =>
      set(panel === undefined ? { view } : { view, panels: { ...get().panels, [view]: panel } }),
    setPanel: (view, panel) => set({ panels: { ...get().panels, [view]: panel } }),
    setDrawerClosed: (drawerClosed) => set({ drawerClosed }),
    setDrawerTall: (drawerTall) => set({ drawerTall }),
    setProcessLanes: async (processLanes) => {
      set({ processLanes });
      // The worker reads the processes' states only while a view draws them; its reply brings them all.
      await send({ type: 'draw', stateLanes: processLanes });
    },
    showMemoryCharts: async (shown) => {
      const before = get().memoryCharts;
      const memoryCharts = Math.max(0, before + (shown ? 1 : -1));
      set({ memoryCharts });
      // The samples (one per change of memory, tens of thousands in a long run) travel only while drawn.
      if (memoryCharts > 0 !== before > 0) await send({ type: 'draw', memorySamples: memoryCharts > 0 });
    },
    setMemoryColour: (memoryColour) => set({ memoryColour }),
    setMemoryCell: (memoryCell) => set({ memoryCell }),
    select: (selectedPid) => set({ selectedPid }),
  };
}
