import { largestRun } from './freeRuns';
import type { MemoryState } from './state';
import type { Hole, HolePlacement } from './placements/types';

export type { Hole } from './placements/types';

/**
 * The hole a contiguous placement (placements/) picks for `pages` frames; the allocation goes at its start.
 * Null when no hole is long enough.
 */
export function chooseHole(m: MemoryState, pages: number, placement: HolePlacement): Hole | null {
  if (pages <= 0 || largestRun(m.runs) < pages) return null;
  return placement.hole(m, pages);
}
