import type { PyRandomState } from '../../ostep/pyRandom';
import { frameList, listOrder, replaceInList, toBack, unlink, type FrameList } from './frameList';
import { drawIndex, policyRng, type PolicyRng } from './policyRng';
import type { ReplacementModule, ReplacementOptions, ReplacementPolicy } from './types';

/** OSTEP's default counter limit (paging-policy.py -b). */
export const DEFAULT_CLOCK_COUNTER_LIMIT = 2;

/** The list runs in insertion order (first loaded first), the order OSTEP prints memory in. */
export interface ClockCountersState extends FrameList {
  /** per frame: the use counter, 0..max(limit, 1) */
  counter: Int32Array;
  limit: number;
  rng: PolicyRng;
}

/**
 * OSTEP paging-policy.py's CLOCK, which is not the textbook rotating hand (that is CLOCK): each page has a
 * use counter, set to 1 when the page is loaded and raised by 1 on every later access up to `limit` (OSTEP's
 * -b; a limit of 0 makes an access reset the counter to 0, as OSTEP's code does). To evict, it picks an
 * evictable resident page uniformly at random: a counter ≥ 1 is decremented and it picks again; a page
 * whose counter is 0 is the victim. Every probe that does not stop lowers a counter, so a search ends after
 * at most (sum of the counters + 1) probes. With CPython's stream (`python`) it draws as OSTEP does.
 */
export function clockCounters(
  limit = DEFAULT_CLOCK_COUNTER_LIMIT,
  python?: PyRandomState,
): ReplacementPolicy<ClockCountersState> {
  const cap = Math.max(0, Math.floor(limit));
  // The evictable frames of one search, in list order: reused from search to search (a miss on a 1,024-frame
  // memory would otherwise build a 1,024-entry list); nothing in it outlives the search.
  let candidates = new Int32Array(0);
  return {
    name: 'CLOCK_COUNTERS',
    init: (frames, seed) => ({
      ...frameList(frames),
      counter: new Int32Array(frames),
      limit: cap,
      rng: policyRng(seed, python),
    }),
    onLoad(s, f) {
      toBack(s, f);
      s.counter[f] = 1;
    },
    onAccess(s, f) {
      s.counter[f] = Math.min(s.counter[f]! + 1, s.limit);
    },
    onFree(s, f) {
      unlink(s, f);
      s.counter[f] = 0;
    },
    onMove(s, from, to) {
      if (from === to) return;
      replaceInList(s, from, to);
      s.counter[to] = s.counter[from]!;
      s.counter[from] = 0;
    },
    chooseVictim(s, evictable) {
      if (candidates.length < s.linked.length) candidates = new Int32Array(s.linked.length);
      let count = 0;
      for (let f = s.first; f !== -1; f = s.next[f]!) if (evictable(f)) candidates[count++] = f;
      if (count === 0) return null;
      for (let probes = 1; ; probes++) {
        const f = candidates[drawIndex(s.rng, count)]!;
        if (s.counter[f] === 0) return { frame: f, reason: `random probe ${probes} found counter 0 at frame ${f}` };
        s.counter[f]!--;
      }
    },
    describe: (s) => ({
      kind: 'counters',
      label: `use counters (limit ${s.limit})`,
      values: Array.from(s.counter),
      order: listOrder(s),
    }),
  };
}

export const CLOCK_COUNTERS_MODULE: ReplacementModule = {
  name: 'CLOCK_COUNTERS',
  label: "CLOCK with use counters (OSTEP's)",
  description: "OSTEP's CLOCK: random probes over per-page use counters, evicting a page whose counter is spent",
  live: true,
  create: ({ clockCounterLimit, pythonRandom }: Pick<ReplacementOptions, 'clockCounterLimit' | 'pythonRandom'>) =>
    clockCounters(clockCounterLimit, pythonRandom),
};
