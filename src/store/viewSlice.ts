import type { SliceContext } from './deps';
import { moveResult } from './results';
import type { ChartedSubsystem, ViewSlice } from './types';

/** The draw message's flag for each charted subsystem's samples. */
export const SAMPLES_FLAG = { memory: 'memorySamples', fs: 'fsSamples' } as const satisfies Record<
  ChartedSubsystem,
  string
>;

export function viewSlice({ set, get, send }: SliceContext): ViewSlice {
  return {
    view: 'simulate',
    panels: {},
    drawerClosed: false,
    drawerTall: false,
    processLanes: false,
    charts: { memory: 0, fs: 0 },
    networkPanel: null,
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
    showCharts: async (subsystem, shown) => {
      const before = get().charts[subsystem];
      const after = Math.max(0, before + (shown ? 1 : -1));
      set({ charts: { ...get().charts, [subsystem]: after } });
      // The samples (one per change, tens of thousands in a long run) travel only while drawn.
      if (after > 0 !== before > 0) await send({ type: 'draw', [SAMPLES_FLAG[subsystem]]: after > 0 });
    },
    drawNetworkPanel: async (networkPanel) => {
      if (networkPanel === get().networkPanel) return;
      set({ networkPanel });
      // A panel's data is built for each frame only while it is open; the reply brings it at the current tick.
      await send({ type: 'draw', networkPanel });
    },
    setMemoryColour: (memoryColour) => set({ memoryColour }),
    setMemoryCell: (memoryCell) => set({ memoryCell }),
    select: (selectedPid) => set({ selectedPid }),
    // Another node's processes: a pid chosen on the last one means nothing there.
    showNode: async (node) => {
      const result = moveResult(await send({ type: 'show', node }));
      if (result.ok) set({ selectedPid: null });
      return result;
    },
  };
}
