import { assertNever } from '../assertNever';
import { firstFit, forEachRun, largestRun, nextFree, nextUsed } from './freeRuns';
import type { MemoryState } from './state';
import type { Placement } from './types';

/** A hole: a maximal run of free frames. */
export interface Hole {
  start: number;
  length: number;
}

/**
 * The hole a contiguous placement policy picks for `pages` frames; the allocation goes at its start.
 * Ties go to the lowest address. Null when no hole is long enough.
 * - firstFit: the lowest hole that fits.
 * - bestFit: the shortest hole that fits (least left over).
 * - worstFit: the longest hole (most left over, in the hope it stays useful).
 * - nextFit: first fit from where the last allocation ended (m.rover), wrapping around to frame 0; the
 *   hole holding the rover counts from the rover on.
 */
export function chooseHole(m: MemoryState, pages: number, placement: Exclude<Placement, 'anyFree'>): Hole | null {
  const t = m.runs;
  if (pages <= 0 || largestRun(t) < pages) return null;
  switch (placement) {
    case 'firstFit':
      return holeAt(m, firstFit(t, pages));
    case 'worstFit':
      return holeAt(m, firstFit(t, largestRun(t)));
    case 'bestFit': {
      let best: Hole | null = null;
      forEachRun(t, m.frames, (start, length) => {
        if (length >= pages && (best === null || length < best.length)) best = { start, length };
        return length === pages;
      });
      return best;
    }
    case 'nextFit': {
      let found: Hole | null = null;
      for (let s = nextFree(t, m.rover, m.frames); s < m.frames && found === null;) {
        const e = nextUsed(t, s, m.frames);
        if (e - s >= pages) found = { start: s, length: e - s };
        s = nextFree(t, e, m.frames);
      }
      return found ?? holeAt(m, firstFit(t, pages));
    }
    default:
      return assertNever(placement);
  }
}

function holeAt(m: MemoryState, start: number): Hole | null {
  return start < 0 ? null : { start, length: nextUsed(m.runs, start, m.frames) - start };
}

/** The `pages` lowest free frames (anyFree placement); the caller checked that enough are free. */
export function lowestFreeFrames(m: MemoryState, pages: number): Int32Array {
  const out = new Int32Array(pages);
  let n = 0;
  forEachRun(m.runs, m.frames, (start, length) => {
    for (let f = start; f < start + length && n < pages; f++) out[n++] = f;
    return n === pages;
  });
  return out;
}
