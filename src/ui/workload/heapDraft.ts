import { DEFAULT_HEAP } from '../../core/scenario/heapSchema';
import type { FitPolicy, HeapConfig, ListOrder } from '../../core/heap/types';
import type { Scenario } from '../../core/scenario/types';
import { toNumber } from './formValues';

/** The heap form as typed: numbers stay text until validation judges the whole scenario. */
export interface HeapDraft {
  on: boolean;
  base: string;
  size: string;
  header: string;
  /** blank = no alignment */
  align: string;
  policy: FitPolicy;
  order: ListOrder;
  coalesce: boolean;
}

export function heapDraftOf(heap: HeapConfig | undefined): HeapDraft {
  const h = heap ?? DEFAULT_HEAP;
  return {
    on: heap !== undefined,
    base: String(h.base),
    size: String(h.size),
    header: String(h.header),
    align: h.align === null ? '' : String(h.align),
    policy: h.policy,
    order: h.order,
    coalesce: h.coalesce,
  };
}

/** The scenario with the draft applied, unchecked: a heap section when on, none when off (heap operations then refuse). */
export function applyHeapDraft(d: HeapDraft, s: Scenario): unknown {
  if (!d.on) {
    const rest: Scenario = { ...s };
    delete rest.heap;
    return rest;
  }
  const align = d.align.trim() === '' ? null : toNumber(d.align);
  return {
    ...s,
    heap: {
      base: toNumber(d.base),
      size: toNumber(d.size),
      header: toNumber(d.header),
      align,
      policy: d.policy,
      order: d.order,
      coalesce: d.coalesce,
    },
  };
}
