import type { TimelineEntry } from './result';

/**
 * The timeline with each run cut into slices of `quantum` ticks from its start (the last one may be shorter):
 * the engine merges a lone process's back-to-back quanta into one segment (loneStretch.ts), while OSTEP and the
 * textbooks draw each quantum as a block of its own. Context switches and idle stretches are left whole.
 */
export function cutIntoQuanta(timeline: readonly TimelineEntry[], quantum: number): TimelineEntry[] {
  return timeline.flatMap((s) => {
    if (s.pid === null || s.kind === 'switch' || s.end - s.start <= quantum) return [s];
    const cut: TimelineEntry[] = [];
    for (let start = s.start; start < s.end; start += quantum)
      cut.push({ ...s, start, end: Math.min(s.end, start + quantum) });
    return cut;
  });
}
