import { useShallow } from '../app/useShallow';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import './status.css';

const selectErrors = (s: AppState) => ({ errors: s.errors, source: s.errorSource });

/** What was wrong with the last refused input, field by field; the store kept the previous scenario. */
export function ErrorPanel() {
  const store = useAppStore();
  const { errors, source } = useApp(useShallow(selectErrors));
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error-panel" aria-labelledby="error-panel-heading">
      <h2 id="error-panel-heading">
        {errors.length === 1 ? 'The input was refused' : `The input was refused: ${errors.length} problems`}
        {source && <span className="muted"> (from {source})</span>}
      </h2>
      <ul>
        {errors.map((e, i) => (
          // The message names the field in words (the store says refusals for people); the path is for programs.
          <li key={`${e.path}-${i}`}>{e.message}</li>
        ))}
      </ul>
      <p>Nothing was changed: the previous scenario is still loaded.</p>
      <button type="button" onClick={() => store.getState().dismissErrors()}>
        Dismiss
      </button>
    </div>
  );
}
