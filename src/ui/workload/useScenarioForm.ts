import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FieldError, Scenario } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';

const selectErrors = (s: AppState) => ({ errors: s.errors, source: s.errorSource });
const NONE: readonly FieldError[] = [];

/**
 * A settings form over the scenario: a draft as typed, restarted whenever a scenario is accepted from anywhere (a
 * preset, this form, an operation); `submit` hands the draft to the store, whose one validation refuses bad values;
 * `errors` are the refusals of this form only (its `source`).
 */
export function useScenarioForm<D>(
  scenario: Scenario,
  draftOf: (s: Scenario) => D,
  apply: (draft: D, s: Scenario) => unknown,
  source: string,
) {
  const store = useAppStore();
  const { errors: all, source: from } = useApp(useShallow(selectErrors));
  const [draft, setDraft] = useState(() => draftOf(scenario));
  const [basedOn, setBasedOn] = useState(scenario);
  if (basedOn !== scenario) {
    setBasedOn(scenario);
    setDraft(draftOf(scenario));
  }
  const set = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void store.getState().edit((s) => apply(draft, s), source);
  };
  return { draft, set, submit, errors: from === source ? all : NONE };
}
