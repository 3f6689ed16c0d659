import type { MemoryState } from '../state';
import type { Placement } from '../types';

/** A hole: a maximal run of free frames. */
export interface Hole {
  start: number;
  length: number;
}

/**
 * A contiguous placement: it picks the hole whose start gets a process's `pages` frames, or null when none
 * is long enough (the caller has checked that the largest hole is). Ties go to the lowest address.
 */
export interface HolePlacement {
  kind: 'hole';
  name: Placement;
  /** its name in the UI */
  label: string;
  hole(m: MemoryState, pages: number): Hole | null;
}

/** A placement that takes free frames wherever they are (no external fragmentation); enough are free. */
export interface FramesPlacement {
  kind: 'frames';
  name: Placement;
  label: string;
  frames(m: MemoryState, pages: number): Int32Array;
}

export type PlacementModule = HolePlacement | FramesPlacement;
