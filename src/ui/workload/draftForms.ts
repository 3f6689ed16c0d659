import type { Scenario } from '../../core/index';
import type { DraftForm } from '../../store/draftSlice';
import { applyHeapDraft, type HeapDraft } from './heapDraft';
import { applyMemoryDraft, type MemoryDraft } from './memoryDraft';
import { applyDraft, type SchedulerDraft } from './schedulerDraft';

interface DraftShapes {
  scheduler: SchedulerDraft;
  memory: MemoryDraft;
  heap: HeapDraft;
}

/** How each settings form's draft goes into a scenario; unchecked (the store's one validation judges it). */
const APPLY: { [F in DraftForm]: (draft: DraftShapes[F], s: Scenario) => unknown } = {
  scheduler: applyDraft,
  memory: applyMemoryDraft,
  heap: applyHeapDraft,
};

/** The paths each form's fields own: Apply's refusals are shown there, and the rest at the Apply bar. */
export const FORM_PATHS: Readonly<Record<DraftForm, readonly string[]>> = {
  scheduler: ['scheduler', 'options', 'node'],
  memory: ['memory'],
  heap: ['heap'],
};

/**
 * `s` with every draft in `drafts` applied, in a fixed order. Each step's result is unchecked: it is handed on
 * as a scenario, and the whole is validated once when the edit is sent.
 */
export function withDrafts(drafts: Partial<Record<DraftForm, unknown>>, s: Scenario): unknown {
  let out: unknown = s;
  for (const form of Object.keys(APPLY) as DraftForm[]) {
    const draft = drafts[form];
    // Each draft was written by its own form, in the shape APPLY expects for it.
    if (draft !== undefined) out = (APPLY[form] as (d: unknown, s: Scenario) => unknown)(draft, out as Scenario);
  }
  return out;
}
