import { useMemo } from 'react';
import { useShallow } from '../app/useShallow';
import type { FieldError, Scenario } from '../../core/index';
import { WORKLOAD_SOURCE, type DraftForm } from '../../store/draftSlice';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { errorsAt } from './formErrors';

const selectErrors = (s: AppState) => ({ errors: s.errors, source: s.errorSource });
const selectDrafts = (s: AppState) => s.drafts;
const NONE: readonly FieldError[] = [];

/** Two drafts (plain objects of text and flags) are the same edit. */
export function sameDraft(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A settings form over the scenario whose draft lives in the store (drafts), so that it survives a switch to
 * another view: the scenario's own values until edited, then the draft as typed until Apply or Discard
 * (ApplyBar). A draft edited back to the scenario's values is dropped. `errors` are Apply's refusals at or
 * below `paths`, the fields this form owns. `draftOf` must be stable (module level).
 */
export function useScenarioForm<D extends object>(
  form: DraftForm,
  scenario: Scenario,
  draftOf: (s: Scenario) => D,
  paths: readonly string[],
) {
  const store = useAppStore();
  const { errors: all, source } = useApp(useShallow(selectErrors));
  const drafts = useApp(selectDrafts);
  const base = useMemo(() => draftOf(scenario), [draftOf, scenario]);
  // The store keeps each form's draft as unknown: this form is the one that wrote it, in its own shape.
  const draft = (drafts[form] as D | undefined) ?? base;
  const set = (patch: Partial<D>) => {
    const now = (store.getState().drafts[form] as D | undefined) ?? base;
    const next = { ...now, ...patch };
    store.getState().setDraft(form, sameDraft(next, base) ? undefined : next);
  };
  const errors = source === WORKLOAD_SOURCE ? all.filter((e) => paths.some((p) => errorsAt([e], p).length > 0)) : NONE;
  return { draft, set, edited: drafts[form] !== undefined, errors };
}
