import type { SliceContext } from './deps';
import { SLICE_EVENTS } from './playbackSlice';
import { refusalOf, refusedWith, type Reply } from './results';
import type { CompareSlice } from './types';

export function compareSlice({ set, get, send }: SliceContext): CompareSlice {
  /** the comparison under way; a new one or a cancel replaces it, and the old one stops after its slice */
  let running: object | null = null;

  return {
    compareStatus: 'idle',
    compareEntries: [],
    compareScenario: null,
    compareProgress: null,
    /**
     * Runs in slices of SLICE_EVENTS events, so a long comparison shows its progress, never holds the worker for
     * long and stops soon after a cancel.
     */
    async compare(schedulers) {
      // The worker compares the scenario it holds, which is the store's last good one.
      const scenario = get().scenario;
      const mine = {};
      running = mine;
      set({ compareStatus: 'running', compareProgress: null });
      let reply: Reply | null = await send({ type: 'compare', schedulers, maxEvents: SLICE_EVENTS });
      // A cancel (or a newer comparison) changes `running` while a slice is out.
      for (;;) {
        if (running !== mine || reply?.type !== 'compareProgress') break;
        set({ compareProgress: { done: reply.done, of: reply.of, tick: reply.tick } });
        reply = await send({ type: 'compareMore', maxEvents: SLICE_EVENTS });
      }
      if (running !== mine) return refusedWith('The comparison was cancelled.');
      running = null;
      if (reply?.type === 'compared') {
        set({
          compareStatus: 'done',
          compareProgress: null,
          compareEntries: reply.entries,
          compareScenario: scenario,
        });
        return { ok: true, entries: reply.entries };
      }
      set({ compareStatus: get().compareEntries.length > 0 ? 'done' : 'idle', compareProgress: null });
      if (reply?.type === 'invalid') set({ errors: reply.errors, errorSource: 'compare' });
      return refusalOf(reply);
    },
    cancelCompare() {
      if (running === null) return;
      running = null;
      set({ compareStatus: get().compareEntries.length > 0 ? 'done' : 'idle', compareProgress: null });
    },
  };
}
