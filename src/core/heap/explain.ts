import { assertNever } from '../assertNever';
import { FITS } from './fits/registry';
import type { AllocStep, Chunk, FreeStep, HeapConfig, HeapState, ListOrder, Merge } from './types';

const range = (c: Chunk) => `${c.addr}..${c.addr + c.size}`;
const elements = (n: number) => `${n} element${n === 1 ? '' : 's'}`;

/** "Alloc(3) needs 8 bytes: 3, plus 1 of padding to a multiple of 4, plus a 4-byte header." */
function need(c: HeapConfig, s: Omit<AllocStep, 'explanation'>): string {
  const parts = [
    ...(s.padding > 0 && c.align !== null ? [`plus ${s.padding} of padding to a multiple of ${c.align}`] : []),
    ...(c.header > 0 ? [`plus a ${c.header}-byte header`] : []),
  ];
  return `Alloc(${s.request}) needs ${s.needed} byte${s.needed === 1 ? '' : 's'}${parts.length > 0 ? `: ${s.request}, ${parts.join(', ')}` : ''}.`;
}

/** One allocation in words: the size needed, the search, and the split (or why it failed). */
export function explainAlloc(h: HeapState, s: Omit<AllocStep, 'explanation'>): string {
  const searched = `Searched ${elements(s.examined.length)}`;
  const found = s.chosen === null ? undefined : h.free[s.chosen];
  if (!found || !s.chunk) {
    const largest = h.free.reduce((m, c) => Math.max(m, c.size), 0);
    const none =
      h.free.length === 0
        ? 'the free list is empty'
        : `no free chunk holds ${s.needed} bytes (the largest has ${largest})`;
    return `${need(h.config, s)} ${searched}; ${none}: the allocation fails and nothing changes.`;
  }
  const taken =
    s.needed === 0 && s.remainder
      ? `Nothing is split off: the allocation gets the address ${s.chunk.addr} and holds no byte; the chunk stays free, whole.`
      : s.remainder
        ? `Split: ${range(s.chunk)} is allocated; ${range(s.remainder)} (size ${s.remainder.size}) stays free in its place on the list.`
        : `It fits exactly: ${range(s.chunk)} is allocated and leaves the free list.`;
  const ptr = h.config.header > 0 ? ` The caller gets ${s.ptr}, just after the header.` : '';
  const chunk = `the chunk at ${found.addr} (size ${found.size})`;
  const why = FITS[h.config.policy].why(chunk, s.needed, s.examined[0] ?? 0);
  return `${need(h.config, s)} ${searched}; ${why}. ${taken}${ptr}`;
}

function orderRule(order: ListOrder): string {
  switch (order) {
    case 'ADDRSORT':
      return 'the list is kept sorted by address';
    case 'SIZESORT+':
      return 'the list is sorted by size, smallest first';
    case 'SIZESORT-':
      return 'the list is sorted by size, largest first';
    case 'INSERT-FRONT':
      return 'freed chunks go to the front';
    case 'INSERT-BACK':
      return 'freed chunks go to the back';
    default:
      return assertNever(order);
  }
}

const at = (parts: Chunk[]) => parts.map((p) => p.addr).join(' and ');

function mergeText(freed: Chunk, merges: Merge[]): string {
  return merges
    .map((m) => {
      const own = m.parts.some((p) => p.addr === freed.addr);
      if (!own) return `also merged the chunks at ${at(m.parts)} into ${range(m.into)}`;
      const others = m.parts.filter((p) => p.addr !== freed.addr);
      return `merged with the chunk${others.length === 1 ? '' : 's'} at ${at(others)} into ${range(m.into)} (size ${m.into.size})`;
    })
    .join('; ');
}

/** One free in words: the chunk, where it went on the list, and what coalescing merged. */
export function explainFree(c: HeapConfig, s: Omit<FreeStep, 'explanation'>): string {
  if (!s.ok || !s.chunk)
    return `${s.ptr} is not the pointer of an allocated chunk (never allocated, or already freed): the free fails and nothing changes.`;
  const put = `Freed ${range(s.chunk)} (size ${s.chunk.size}); it goes back at list position ${s.insertedAt ?? 0} (${orderRule(c.order)})`;
  if (!c.coalesce) return `${put}.`;
  return `${put}; ${s.merges.length > 0 ? mergeText(s.chunk, s.merges) : 'coalescing found no neighbour to merge'}.`;
}
