/**
 * A free-list heap allocator, as the textbooks draw it: the heap [base, base + size) is cut into chunks; the
 * free ones sit on one list whose order is a policy of its own; an allocation searches that list.
 */

/**
 * How an allocation picks a free chunk, scanning the list in its current order: one module per fit in fits/
 * (its search rule and its explanation), listed in fits/registry.ts.
 */
export const FIT_POLICIES = ['FIRST', 'BEST', 'WORST', 'NEXT'] as const;
export type FitPolicy = (typeof FIT_POLICIES)[number];

/**
 * Where a freed chunk goes on the list. A sorted order is restored on every free (a stable sort of the whole
 * list, the freed chunk after those it ties with); an allocation never reorders the list, so the remainder of a
 * split keeps its list position even when that leaves a size-sorted list out of order until the next free.
 * - ADDRSORT: by address, ascending.
 * - SIZESORT+ / SIZESORT-: by size, ascending / descending.
 * - INSERT-FRONT / INSERT-BACK: at the head / the tail, the list is never sorted.
 */
export const LIST_ORDERS = ['ADDRSORT', 'SIZESORT+', 'SIZESORT-', 'INSERT-FRONT', 'INSERT-BACK'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

export interface HeapConfig {
  base: number;
  size: number;
  /** bytes of header in front of every allocation (inside the chunk, before the pointer the caller gets) */
  header: number;
  /** a request is rounded up to a multiple of this before the header is added; null = no alignment */
  align: number | null;
  policy: FitPolicy;
  order: ListOrder;
  /**
   * After each free, one pass over the list in list order merges every element into the one before it when it
   * starts where that one ends. Only neighbours in the list merge: full coalescing with ADDRSORT, partial with
   * the other orders.
   */
  coalesce: boolean;
}

/** A run of bytes [addr, addr + size). */
export interface Chunk {
  addr: number;
  size: number;
}

/** A chunk handed out: `size` counts the header and the alignment padding; `owner` is the caller's tag. */
export interface Allocation extends Chunk {
  owner: number | null;
}

export interface HeapState {
  config: HeapConfig;
  /** the free list, in list order */
  free: Chunk[];
  /** the allocated chunks, by address */
  allocated: Allocation[];
  /** NEXT fit: an address inside the chunk where the next search starts; null = at the head of the list */
  rover: number | null;
}

/** One allocation: what was asked, how the list was searched, and what happened. */
export interface AllocStep {
  op: 'alloc';
  owner: number | null;
  request: number;
  /** bytes added to reach the alignment */
  padding: number;
  /** request + padding + header: the chunk size the search looks for */
  needed: number;
  /** indexes into the free list as it was before the step, in the order the search examined them */
  examined: number[];
  /** index into the free list before the step of the chunk taken, or null when none was large enough */
  chosen: number | null;
  /** the chunk handed out (its start is the header's address), or null */
  chunk: Chunk | null;
  /** what the caller gets: chunk start + header */
  ptr: number | null;
  /** what stays free of the chosen chunk, at the chosen chunk's list position; null on an exact fit */
  remainder: Chunk | null;
  explanation: string;
}

/** A chunk that coalescing built from several free chunks, with the parts in list order. */
export interface Merge {
  into: Chunk;
  parts: Chunk[];
}

/** One free: the pointer, whether it was allocated, where the chunk went and what merged. */
export interface FreeStep {
  op: 'free';
  ptr: number;
  /** false: `ptr` is not the pointer of a chunk allocated now (never was, or already freed); nothing changed */
  ok: boolean;
  chunk: Chunk | null;
  owner: number | null;
  /** the chunk's index in the list right after it was put back, before coalescing */
  insertedAt: number | null;
  merges: Merge[];
  explanation: string;
}

export type HeapStep = AllocStep | FreeStep;

/** One piece of the heap bar, in address order: an allocation (with its owner) or a free chunk. */
export interface HeapChunk extends Chunk {
  free: boolean;
  owner: number | null;
}

/** The heap as one picture: every chunk in address order, and the free list in list order. */
export interface HeapView {
  base: number;
  size: number;
  header: number;
  chunks: HeapChunk[];
  freeList: Chunk[];
}

/** A configuration the allocator cannot run, naming the field and its limit. */
export interface HeapConfigError {
  field: keyof HeapConfig;
  message: string;
}
