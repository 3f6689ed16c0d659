import type { SliceContext } from './deps';
import { refusalOf } from './results';
import type { CompareSlice } from './types';

export function compareSlice({ set, get, send }: SliceContext): CompareSlice {
  return {
    compareStatus: 'idle',
    compareEntries: [],
    compareScenario: null,
    async compare(schedulers) {
      // The worker compares the scenario it holds, which is the store's last good one.
      const scenario = get().scenario;
      set({ compareStatus: 'running' });
      const reply = await send({ type: 'compare', schedulers });
      if (reply?.type === 'compared') {
        set({ compareStatus: 'done', compareEntries: reply.entries, compareScenario: scenario });
        return { ok: true, entries: reply.entries };
      }
      set({ compareStatus: 'idle' });
      if (reply?.type === 'invalid') set({ errors: reply.errors, errorSource: 'compare' });
      return refusalOf(reply);
    },
  };
}
