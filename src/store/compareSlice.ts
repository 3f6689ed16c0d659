import type { SliceContext } from './deps';
import type { CompareSlice } from './types';

export function compareSlice({ set, send }: SliceContext): CompareSlice {
  return {
    compareStatus: 'idle',
    compareEntries: [],
    async compare(schedulers) {
      set({ compareStatus: 'running' });
      const reply = await send({ type: 'compare', schedulers });
      if (reply?.type === 'compared') set({ compareStatus: 'done', compareEntries: reply.entries });
      else {
        set({ compareStatus: 'idle' });
        if (reply?.type === 'invalid') set({ errors: reply.errors, errorSource: 'compare' });
      }
    },
  };
}
