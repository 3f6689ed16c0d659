import type { SliceContext } from './deps';
import { refusalOf } from './results';
import type { CompareSlice } from './types';

export function compareSlice({ set, send }: SliceContext): CompareSlice {
  return {
    compareStatus: 'idle',
    compareEntries: [],
    async compare(schedulers) {
      set({ compareStatus: 'running' });
      const reply = await send({ type: 'compare', schedulers });
      if (reply?.type === 'compared') {
        set({ compareStatus: 'done', compareEntries: reply.entries });
        return { ok: true, entries: reply.entries };
      }
      set({ compareStatus: 'idle' });
      if (reply?.type === 'invalid') set({ errors: reply.errors, errorSource: 'compare' });
      return refusalOf(reply);
    },
  };
}
