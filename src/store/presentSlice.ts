import { systemStateJson } from '../core/kernel/systemStateJson';
import type { RunResult } from '../core/kernel/result';
import { exportFileName } from './exportFileName';
import type { SaveFile, SliceContext } from './deps';
import { refusalOf, refusedWith, type SystemStateResult } from './results';

/** Presenter mode and the exports that need the simulation (the full trace). */
export interface PresentSlice {
  /** large type, high contrast, full screen, clicker keys */
  presenting: boolean;
  setPresenting(on: boolean): void;
  togglePresenting(): void;
  /** true while the trace export runs the simulation to its end and back */
  exportingTrace: boolean;
  /**
   * Downloads the whole run as JSON (the RunResult, the shape `sim run --json` prints). The simulation
   * has to run to the end for that, so afterwards it seeks back to the tick the user was at.
   * Resolves to false when there is nothing to export or the simulation did not answer.
   */
  exportTrace(save?: SaveFile): Promise<boolean>;
  /** the whole system at the current tick: processes, queues, CPUs, memory, statistics (core's systemState) */
  systemState(): Promise<SystemStateResult>;
  /** downloads systemState as JSON, named after the tick; false when there is nothing to export or no way to save */
  exportSystemState(save?: SaveFile): Promise<boolean>;
}

/** The system-state file's name: "bcos-system-state-tick-12.json". */
export const systemStateFileName = (tick: number): string => exportFileName('system state', 'json', tick);

/** The trace file's text: the RunResult as compact JSON (a long run has hundreds of thousands of events). */
export function traceJson(result: RunResult): string {
  return `${JSON.stringify(result)}\n`;
}

export function presentSlice(ctx: SliceContext): PresentSlice {
  const { set, get, send, deps } = ctx;
  return {
    presenting: false,
    setPresenting: (on) => set({ presenting: on }),
    togglePresenting: () => set({ presenting: !get().presenting }),
    exportingTrace: false,
    async exportTrace(save = deps.saveFile) {
      const s = get();
      if (!s.frame || s.exportingTrace || s.status !== 'ready') return false;
      if (!save) {
        s.reportError('export', 'export', 'a browser', 'Saving files is not available here.');
        return false;
      }
      s.pause();
      const tick = s.frame.tick;
      set({ exportingTrace: true });
      try {
        const reply = await send({ type: 'result' });
        if (reply === null) return false;
        // 'result' ran the simulation to its end; put it back where the user was.
        await send({ type: 'seek', tick });
        if (reply.type !== 'result') return false;
        save(exportFileName(`trace ${reply.result.policy}`, 'json'), traceJson(reply.result), 'application/json');
        return true;
      } finally {
        set({ exportingTrace: false });
      }
    },
    async systemState() {
      if (!get().frame) return refusedWith('No scenario is loaded yet.');
      const reply = await send({ type: 'systemState' });
      return reply?.type === 'systemState' ? { ok: true, state: reply.state } : refusalOf(reply);
    },
    async exportSystemState(save = deps.saveFile) {
      if (!save) {
        get().reportError('export', 'export', 'a browser', 'Saving files is not available here.');
        return false;
      }
      const r = await get().systemState();
      if (!r.ok) return false;
      save(systemStateFileName(r.state.tick), systemStateJson(r.state), 'application/json');
      return true;
    },
  };
}
