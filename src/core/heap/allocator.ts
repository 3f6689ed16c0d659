import { heapConfigError, requestError } from './config';
import { explainAlloc, explainFree } from './explain';
import { coalesceList, returnToList } from './freeList';
import { FITS } from './fits/registry';
import type { Allocation, AllocStep, Chunk, FreeStep, HeapConfig, HeapConfigError, HeapState, HeapView } from './types';

/** A fresh heap: one free chunk covering [base, base + size). */
export function createHeap(config: HeapConfig): HeapState | HeapConfigError {
  const error = heapConfigError(config);
  if (error) return error;
  return { config, free: [{ addr: config.base, size: config.size }], allocated: [], rover: null };
}

/**
 * Allocates `request` bytes for `owner`: rounds the request up to the alignment, adds the header, searches the
 * free list and takes the low end of the chosen chunk; the rest stays free in the chosen chunk's list position.
 * When nothing fits the heap is unchanged (step.chunk is null). A request that is not a size is refused.
 */
export function heapAlloc(
  h: HeapState,
  request: number,
  owner: number | null = null,
): { heap: HeapState; step: AllocStep } | string {
  const invalid = requestError(request);
  if (invalid) return invalid;
  const { header, align, policy } = h.config;
  const padding = align === null ? 0 : (align - (request % align)) % align;
  const needed = request + padding + header;
  const { examined, chosen } = FITS[policy].search(h.free, needed, roverIndex(h));
  const found = chosen === null ? undefined : h.free[chosen];
  const chunk = found ? { addr: found.addr, size: needed } : null;
  const remainder = found && found.size > needed ? { addr: found.addr + needed, size: found.size - needed } : null;
  const fields = {
    op: 'alloc' as const,
    owner,
    request,
    padding,
    needed,
    examined,
    chosen,
    chunk,
    ptr: chunk && chunk.addr + header,
    remainder,
  };
  const step: AllocStep = { ...fields, explanation: explainAlloc(h, fields) };
  if (chosen === null || !chunk) return { heap: h, step };
  const at = firstAtOrAfter(h.allocated, chunk.addr);
  // A zero-size allocation keeps its address without holding a byte, so the chunk it came from still starts there:
  // a second pointer to one address would make free() ambiguous (OSTEP's malloc.py stops with an assertion).
  if (h.allocated[at]?.addr === chunk.addr)
    return `Alloc(${request}) would return address ${chunk.addr + header}, which a live allocation of ${h.allocated[at].size} bytes already has`;
  const free = h.free.slice();
  if (remainder) free[chosen] = remainder;
  else free.splice(chosen, 1);
  // NEXT fit resumes at what is left of the chunk it took, or at the element that moved into its place.
  const rover = (remainder ?? free[chosen % free.length])?.addr ?? null;
  const allocated = h.allocated.slice();
  allocated.splice(at, 0, { ...chunk, owner });
  return { heap: { ...h, free, allocated, rover }, step };
}

/**
 * Frees the allocation whose pointer (chunk start + header) is `ptr`: its whole chunk, header and padding
 * included, goes back on the list under the list order, then one coalescing pass runs when configured. A
 * pointer that is not allocated now changes nothing (step.ok is false).
 */
export function heapFree(h: HeapState, ptr: number): { heap: HeapState; step: FreeStep } {
  const at = firstAtOrAfter(h.allocated, ptr - h.config.header);
  const victim = h.allocated[at]?.addr === ptr - h.config.header ? h.allocated[at] : undefined;
  if (!victim) {
    const fields = { op: 'free' as const, ptr, ok: false, chunk: null, owner: null, insertedAt: null, merges: [] };
    return { heap: h, step: { ...fields, explanation: explainFree(h.config, fields) } };
  }
  const chunk = { addr: victim.addr, size: victim.size };
  const put = returnToList(h.free, chunk, h.config.order);
  const merged = h.config.coalesce ? coalesceList(put.list) : { list: put.list, merges: [] };
  const fields = {
    op: 'free' as const,
    ptr,
    ok: true,
    chunk,
    owner: victim.owner,
    insertedAt: put.at,
    merges: merged.merges,
  };
  const allocated = h.allocated.slice();
  allocated.splice(at, 1);
  const heap = { ...h, free: merged.list, allocated };
  return { heap, step: { ...fields, explanation: explainFree(h.config, fields) } };
}

/** The index of the first allocation (they are kept by address) at or after `addr`: bisection, not a scan. */
function firstAtOrAfter(allocated: readonly Allocation[], addr: number): number {
  let lo = 0;
  let hi = allocated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((allocated[mid] as Allocation).addr < addr) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a NEXT-fit search starts: the free chunk holding the rover, else the head of the list. */
function roverIndex(h: HeapState): number {
  const r = h.rover;
  if (r === null) return 0;
  return Math.max(
    0,
    h.free.findIndex((c) => c.addr <= r && r < c.addr + c.size),
  );
}

/** The heap as one picture: allocations and free chunks in address order, and the free list in list order. */
export function heapView(h: HeapState): HeapView {
  const free = h.free.map((c: Chunk) => ({ ...c, free: true, owner: null }));
  const used = h.allocated.map((a) => ({ addr: a.addr, size: a.size, free: false, owner: a.owner }));
  // A zero-size chunk shares its address with the chunk after it: it comes first, so each starts where one ends.
  const chunks = [...free, ...used].sort((a, b) => a.addr - b.addr || a.size - b.size);
  return {
    base: h.config.base,
    size: h.config.size,
    header: h.config.header,
    chunks,
    freeList: h.free.map((c) => ({ ...c })),
  };
}
