import { forEachRun, largestRun } from './freeRuns';
import type { MemoryState } from './state';

export interface Fragmentation {
  /** 1 − largest hole ÷ free frames; 0 when nothing is free */
  external: number;
  holes: number;
  /** frames */
  largestHole: number;
  /** [hole size in frames, how many holes of that size], by size */
  histogram: [number, number][];
  /** bytes allocated but unused in the last page of each allocation */
  internalBytes: number;
}

/** Holes found through the free-run tree: O(holes × log frames). */
export function fragmentation(m: MemoryState): Fragmentation {
  const counts = new Map<number, number>();
  let holes = 0;
  forEachRun(m.runs, m.frames, (_, length) => {
    holes++;
    counts.set(length, (counts.get(length) ?? 0) + 1);
  });
  const largestHole = largestRun(m.runs);
  const histogram = Array.from(counts).sort((a, b) => a[0] - b[0]);
  return {
    external: externalFragmentation(m),
    holes,
    largestHole,
    histogram,
    internalBytes: m.allocatedPages * m.pageSize - m.requestedBytes,
  };
}

/** 1 − largest hole ÷ free frames (0 when nothing is free): O(1), from the free-run tree's root. */
export function externalFragmentation(m: MemoryState): number {
  return m.free === 0 ? 0 : 1 - largestRun(m.runs) / m.free;
}
