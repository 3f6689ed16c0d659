import type { FormEvent } from 'react';
import { useShallow } from '../app/useShallow';
import type { AppStore } from '../../store/appStore';
import { WORKLOAD_SOURCE, type DraftForm } from '../../store/draftSlice';
import type { LoadResult } from '../../store/results';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { FORM_PATHS, withDrafts } from './draftForms';
import { unclaimedErrors } from './formErrors';
import { OtherErrors } from './formFields';

const selectState = (s: AppState) => ({ drafts: s.drafts, errors: s.errors, source: s.errorSource });
const ALL_PATHS = Object.values(FORM_PATHS).flat();

/** Applies every settings form's draft at once (the Apply button, and Enter in a settings form). */
export function applyAllDrafts(store: AppStore): Promise<LoadResult> {
  return store.getState().applyDrafts((s) => withDrafts(store.getState().drafts, s));
}

/** A settings form's submit (Enter in a field): Apply, for every form at once. */
export function applyOnSubmit(store: AppStore): (e: FormEvent) => void {
  return (e) => {
    e.preventDefault();
    void applyAllDrafts(store);
  };
}

/** Whether any settings form holds a change not applied yet. */
export const selectUnsaved = (s: AppState) => Object.keys(s.drafts).length > 0;

/** Which forms hold changes, in words: "scheduler and memory". */
const FORM_WORDS: Record<DraftForm, string> = { scheduler: 'scheduler and options', memory: 'memory', heap: 'heap' };

/**
 * The one Apply for the view's settings (scheduler and options, memory, heap): all drafts in one edit, one
 * validation and one undo step. Says when there are unsaved changes, and offers Discard.
 */
export function ApplyBar() {
  const store = useAppStore();
  const { drafts, errors, source } = useApp(useShallow(selectState));
  const forms = (Object.keys(drafts) as DraftForm[]).map((f) => FORM_WORDS[f]);
  const unsaved = forms.length > 0;
  const apply = () => void applyAllDrafts(store);
  return (
    <div className={unsaved ? 'apply-bar unsaved' : 'apply-bar'} role="group" aria-label="Settings changes">
      <p className="apply-state" aria-live="polite">
        {unsaved ? (
          <>
            <strong>Unsaved changes</strong> <span className="muted">({forms.join(', ')})</span>
          </>
        ) : (
          <span className="muted">Changes to the settings below wait here until you apply them.</span>
        )}
      </p>
      <button type="button" className="primary" disabled={!unsaved} onClick={apply}>
        Apply
      </button>
      <button type="button" disabled={!unsaved} onClick={() => store.getState().discardDrafts()}>
        Discard
      </button>
      <OtherErrors
        title="The scenario was not changed:"
        errors={source === WORKLOAD_SOURCE ? unclaimedErrors(errors, ALL_PATHS) : []}
      />
    </div>
  );
}
