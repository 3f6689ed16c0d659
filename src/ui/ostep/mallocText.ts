import type { FreeChunk, MallocStep } from '../../core/index';

/** The operation as OSTEP writes it: ptr[0] = Alloc(10), Free(ptr[0]). */
export function mallocOpText(s: MallocStep): string {
  return s.op === 'alloc' ? `ptr[${s.ptrIndex}] = Alloc(${s.size})` : `Free(ptr[${s.ptrIndex}])`;
}

/** What the operation returned, with the chunk it took (the pointer is the chunk start plus the header). */
export function mallocResultText(s: MallocStep): string {
  if (s.op === 'alloc') return s.ok ? `${s.userPtr} (chunk at ${s.blockAddr})` : '-1 (no free chunk fits)';
  if (s.skipped) return 'skipped (invalid free)';
  return s.result === 0 ? '0' : '-1 (not allocated)';
}

export function freeListText(list: readonly FreeChunk[]): string {
  return list.length === 0 ? 'empty' : list.map((c) => `${c.addr} (${c.size})`).join(', ');
}
