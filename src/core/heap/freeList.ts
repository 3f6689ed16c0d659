import { assertNever } from '../assertNever';
import type { Chunk, ListOrder } from './types';

/**
 * The free list with `chunk` put back under `order` (see ListOrder), and the chunk's index in it. The sorted
 * orders sort the whole list, stably, after appending: a list that an allocation left out of order is sorted
 * again, and the freed chunk lands after the chunks it ties with.
 */
export function returnToList(list: readonly Chunk[], chunk: Chunk, order: ListOrder): { list: Chunk[]; at: number } {
  if (order === 'INSERT-FRONT') return { list: [chunk, ...list], at: 0 };
  if (order === 'INSERT-BACK') return { list: [...list, chunk], at: list.length };
  const compare = comparator(order);
  // A list already in order (ADDRSORT always is) takes the chunk after its last tie, where the stable sort of
  // the appended list puts it, found by bisection; only a list out of order is sorted whole.
  if (!list.every((c, i) => i === 0 || compare(list[i - 1] as Chunk, c) <= 0)) {
    const sorted = [...list, chunk].sort(compare);
    return { list: sorted, at: sorted.indexOf(chunk) };
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid] as Chunk, chunk) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return { list: [...list.slice(0, lo), chunk, ...list.slice(lo)], at: lo };
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
  const out: Chunk[] = [];
  const merges: { into: Chunk; parts: Chunk[] }[] = [];
  for (let i = 0; i < list.length;) {
    const first = list[i] as Chunk;
    let end = first.addr + first.size;
    let j = i + 1;
    for (; j < list.length && (list[j] as Chunk).addr === end; j++) end += (list[j] as Chunk).size;
    const into = { addr: first.addr, size: end - first.addr };
    out.push(into);
    if (j - i > 1) merges.push({ into, parts: list.slice(i, j) });
    i = j;
  }
  return { list: out, merges };
}
