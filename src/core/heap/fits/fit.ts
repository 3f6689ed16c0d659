import type { Chunk, FitPolicy } from '../types';

/** The result of scanning the free list: the elements examined in order, and the one chosen (or null). */
export interface Search {
  examined: number[];
  chosen: number | null;
}

/** One fit policy: how an allocation searches the free list, and how the explanation says why it chose. */
export interface Fit {
  name: FitPolicy;
  /** the name people read ("best fit") */
  label: string;
  /** the element of `list` (in its current order) that holds `needed` bytes; `start` is where the rover is */
  search(list: readonly Chunk[], needed: number, start: number): Search;
  /** `chunk` ("the chunk at 1008 (size 92)") was chosen for `needed` bytes, the search having begun at `start` */
  why(chunk: string, needed: number, start: number): string;
}

/** Scans the list from `start`, wrapping around, and stops at the first element that holds `needed`. */
export function firstFrom(list: readonly Chunk[], needed: number, start: number): Search {
  const examined: number[] = [];
  for (let k = 0; k < list.length; k++) {
    const i = (start + k) % list.length;
    examined.push(i);
    if ((list[i] as Chunk).size >= needed) return { examined, chosen: i };
  }
  return { examined, chosen: null };
}

/**
 * Scans the whole list, since only all of it proves which element is the extreme one, and keeps the earliest
 * element that holds `needed` and that no later one `beats`.
 */
export function extreme(
  list: readonly Chunk[],
  needed: number,
  beats: (size: number, best: number) => boolean,
): Search {
  const examined: number[] = [];
  let chosen: number | null = null;
  for (const [i, c] of list.entries()) {
    examined.push(i);
    if (c.size >= needed && (chosen === null || beats(c.size, (list[chosen] as Chunk).size))) chosen = i;
  }
  return { examined, chosen };
}
