import type { SliceContext } from './deps';
import { refusalOf, refusedWith } from './results';
import { pushUndo, recordsUndo } from './shareSlice';
import type { ScenarioSlice } from './types';

export function scenarioSlice({ set, get, send }: SliceContext): ScenarioSlice {
  /** What undo would go back to if the scenario changed now (see shareSlice.ts). */
  const undoEntry = () => {
    const { scenario, frame } = get();
    return scenario ? { scenario, tick: frame?.tick ?? 0 } : null;
  };
  return {
    scenario: null,
    errors: [],
    errorSource: null,
    async load(input, source, tick) {
      get().pause();
      const before = undoEntry();
      // A new session's first frame starts its timeline at row 0; a refusal leaves the old session untouched.
      const reply = await send({ type: 'load', scenario: input, ...(tick !== undefined && { tick }) });
      if (reply?.type === 'loaded') {
        set({ errors: [], errorSource: null, compareStatus: 'idle', compareEntries: [] });
        if (before && recordsUndo(source)) set({ undoStack: pushUndo(get().undoStack, before) });
        return { ok: true, frame: reply.frame, scenario: reply.scenario };
      }
      if (reply?.type === 'invalid') set({ errors: reply.errors, errorSource: source });
      return refusalOf(reply);
    },
    async edit(change, source) {
      const current = get().scenario;
      if (!current) return refusedWith('No scenario is loaded yet.');
      return get().load(change(structuredClone(current)), source, get().frame?.tick);
    },
    async operate(request, options) {
      const before = undoEntry();
      const reply = await send({ type: 'operation', request });
      if (reply?.type !== 'operated') {
        if (reply?.type === 'invalid' && !options?.quiet) set({ errors: reply.errors, errorSource: `${request.op}` });
        return refusalOf(reply);
      }
      // An operation is recorded in the scenario (scheduled at the current tick): undo takes it back out.
      if (before && reply.scenario !== before.scenario) set({ undoStack: pushUndo(get().undoStack, before) });
      return { ok: true, frame: reply.frame, scenario: reply.scenario, narration: reply.narration };
    },
    reportError: (source, path, limit, message) => set({ errors: [{ path, limit, message }], errorSource: source }),
    dismissErrors: () => set({ errors: [], errorSource: null }),
  };
}
