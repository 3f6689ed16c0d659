import { assertNever } from '../assertNever';
import type { Chunk, ListOrder } from './types';

/**
 * The free list with `chunk` put back under `order` (see ListOrder), and the chunk's index in it. The sorted
 * orders sort the whole list, stably, after appending: a list that an allocation left out of order is sorted
 * again, and the freed chunk lands after the chunks it ties with.
 */
export function returnToList(list: readonly Chunk[], chunk: Chunk, order: ListOrder): { list: Chunk[]; at: number } {
  if (order === 'INSERT-FRONT') return { list: [chunk, ...list], at: 0 };
  const appended = [...list, chunk];
  if (order === 'INSERT-BACK') return { list: appended, at: list.length };
  const sorted = appended.sort(comparator(order));
  return { list: sorted, at: sorted.indexOf(chunk) };
}

function comparator(order: 'ADDRSORT' | 'SIZESORT+' | 'SIZESORT-'): (a: Chunk, b: Chunk) => number {
  switch (order) {
    case 'ADDRSORT':
      return (a, b) => a.addr - b.addr;
    case 'SIZESORT+':
      return (a, b) => a.size - b.size;
    case 'SIZESORT-':
      return (a, b) => b.size - a.size;
    default:
      return assertNever(order);
  }
}

/**
 * One coalescing pass in list order: each element merges into the chunk being built when it starts where that
 * chunk ends. Returns the new list and every chunk built from more than one part.
 */
export function coalesceList(list: readonly Chunk[]): { list: Chunk[]; merges: { into: Chunk; parts: Chunk[] }[] } {
  const runs: Chunk[][] = [];
  for (const c of list) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && c.addr === last.addr + last.size) run.push(c);
    else runs.push([c]);
  }
  const merged = runs.map((parts) => ({
    into: { addr: (parts[0] as Chunk).addr, size: parts.reduce((s, p) => s + p.size, 0) },
    parts,
  }));
  return { list: merged.map((m) => m.into), merges: merged.filter((m) => m.parts.length > 1) };
}
