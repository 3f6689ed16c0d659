import { nextUsed } from '../freeRuns';
import type { MemoryState } from '../state';
import type { Hole } from './types';

/** The hole that starts at frame `start` (-1: none). */
export function holeAt(m: MemoryState, start: number): Hole | null {
  return start < 0 ? null : { start, length: nextUsed(m.runs, start, m.frames) - start };
}
