import { assertNever } from '../assertNever';
import type { Chunk, FitPolicy } from './types';

/** The result of scanning the free list: the elements examined in order, and the one chosen (or null). */
export interface Search {
  examined: number[];
  chosen: number | null;
}

/**
 * Scans `list` for a chunk of at least `needed` bytes under `policy` (see FitPolicy). FIRST and NEXT stop at
 * the first fit and otherwise examine every element; BEST and WORST always examine every element, because only
 * the whole list proves which is smallest or largest. `start` is the list index NEXT begins at.
 */
export function searchFreeList(list: readonly Chunk[], needed: number, policy: FitPolicy, start: number): Search {
  const order = policy === 'NEXT' ? list.map((_, i) => (start + i) % list.length) : list.map((_, i) => i);
  const examined: number[] = [];
  let chosen: number | null = null;
  for (const i of order) {
    examined.push(i);
    const size = (list[i] as Chunk).size;
    if (size < needed) continue;
    const best = chosen === null ? null : (list[chosen] as Chunk).size;
    switch (policy) {
      case 'FIRST':
      case 'NEXT':
        return { examined, chosen: i };
      case 'BEST':
        if (best === null || size < best) chosen = i;
        break;
      case 'WORST':
        if (best === null || size > best) chosen = i;
        break;
      default:
        return assertNever(policy);
    }
  }
  return { examined, chosen };
}
