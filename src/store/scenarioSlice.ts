import type { SliceContext } from './deps';
import type { ScenarioSlice } from './types';

export function scenarioSlice({ set, get, send }: SliceContext): ScenarioSlice {
  return {
    scenario: null,
    errors: [],
    errorSource: null,
    async load(input, source, tick) {
      get().pause();
      // A new session's first frame starts its timeline at row 0; a refusal leaves the old session untouched.
      const reply = await send({ type: 'load', scenario: input, ...(tick !== undefined && { tick }) });
      if (reply?.type === 'loaded') {
        set({ errors: [], errorSource: null, compareStatus: 'idle', compareEntries: [] });
        return true;
      }
      if (reply?.type === 'invalid') set({ errors: reply.errors, errorSource: source });
      return false;
    },
    async edit(change, source) {
      const current = get().scenario;
      if (!current) return false;
      return get().load(change(structuredClone(current)), source, get().frame?.tick);
    },
    async operate(request) {
      const reply = await send({ type: 'operation', request });
      if (reply?.type === 'invalid') {
        set({ errors: reply.errors, errorSource: `${request.op}` });
        return false;
      }
      return reply?.type === 'frame';
    },
    reportError: (source, path, limit, message) => set({ errors: [{ path, limit, message }], errorSource: source }),
    dismissErrors: () => set({ errors: [], errorSource: null }),
  };
}
