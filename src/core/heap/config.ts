import { FIT_POLICIES, LIST_ORDERS, type HeapConfig, type HeapConfigError } from './types';

/** The largest base, size, header, alignment or request we take: sums stay exact integers (below 2^53). */
export const HEAP_LIMIT = 2 ** 40;

const whole = (x: number, min: number) => Number.isSafeInteger(x) && x >= min && x <= HEAP_LIMIT;

/** Why the allocator cannot run this configuration, naming the field and its limit, or null when it can. */
export function heapConfigError(c: HeapConfig): HeapConfigError | null {
  if (!whole(c.base, 0))
    return {
      field: 'base',
      message: `the base address must be a whole number between 0 and ${HEAP_LIMIT} (got ${c.base})`,
    };
  if (!whole(c.size, 0))
    return {
      field: 'size',
      message: `the heap size must be a whole number of bytes between 0 and ${HEAP_LIMIT} (got ${c.size})`,
    };
  if (!whole(c.header, 0))
    return {
      field: 'header',
      message: `the header size must be a whole number of bytes between 0 and ${HEAP_LIMIT} (got ${c.header})`,
    };
  if (c.align !== null && !whole(c.align, 1)) {
    return {
      field: 'align',
      message: `the alignment must be a whole number of bytes between 1 and ${HEAP_LIMIT}, or none (got ${c.align})`,
    };
  }
  if (!FIT_POLICIES.includes(c.policy))
    return {
      field: 'policy',
      message: `the policy must be one of ${FIT_POLICIES.join(', ')} (got ${JSON.stringify(c.policy)})`,
    };
  if (!LIST_ORDERS.includes(c.order))
    return {
      field: 'order',
      message: `the list order must be one of ${LIST_ORDERS.join(', ')} (got ${JSON.stringify(c.order)})`,
    };
  return null;
}

/** The request check of heapAlloc: a size the allocator can round and search for, or why not. */
export function requestError(request: number): string | null {
  return whole(request, 0)
    ? null
    : `an allocation must ask for a whole number of bytes between 0 and ${HEAP_LIMIT} (got ${request})`;
}
