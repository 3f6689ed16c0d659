import { z } from 'zod';
import { HEAP_LIMIT } from '../heap/config';
import { FIT_POLICIES, LIST_ORDERS, type HeapConfig } from '../heap/types';
import { flag, intIn, oneOf } from './fields';

/** What an omitted heap field takes: OSTEP malloc.py's defaults (100 bytes at 1000, best fit, by address). */
export const DEFAULT_HEAP: Readonly<HeapConfig> = Object.freeze({
  base: 1000,
  size: 100,
  header: 0,
  align: null,
  policy: 'BEST',
  order: 'ADDRSORT',
  coalesce: false,
});

/** The `heap` section: one field per HeapConfig field, with the allocator's own limits (heap/config.ts). */
export const heapSchema = z.strictObject(
  {
    base: intIn(0, HEAP_LIMIT, '(address)').default(DEFAULT_HEAP.base),
    size: intIn(0, HEAP_LIMIT, 'bytes').default(DEFAULT_HEAP.size),
    header: intIn(0, HEAP_LIMIT, 'bytes').default(DEFAULT_HEAP.header),
    align: intIn(1, HEAP_LIMIT, 'bytes, or null for none').nullable().default(DEFAULT_HEAP.align),
    policy: oneOf(FIT_POLICIES).default(DEFAULT_HEAP.policy),
    order: oneOf(LIST_ORDERS).default(DEFAULT_HEAP.order),
    coalesce: flag().default(DEFAULT_HEAP.coalesce),
  },
  { error: 'must be an object of heap settings' },
);

/** A malloc's size: what the allocator takes (heap/config.ts requestError). */
export const mallocBytesSchema = intIn(0, HEAP_LIMIT, 'bytes');
