import { useId, useMemo, useState } from 'react';
import type { Scenario } from '../../core/index';
import { useShallow } from '../app/useShallow';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { presetsBySubject, type PresetInfo } from '../../core/scenario/presetIndex';
import { loadPreset } from './presets';
import { usePresetIndex } from './usePresetIndex';
import './workload.css';

const selectErrors = (s: AppState) => ({ errors: s.errors, source: s.errorSource });
const selectLoaded = (s: AppState) => ({ preset: s.preset, scenario: s.scenario });
/** The menu's value when the scenario is a preset changed since it was loaded. */
const EDITED = ' edited';
const NO_PRESETS: readonly PresetInfo[] = [];

/** Which preset the scenario is: its file, EDITED once changed, or '' when it came from elsewhere. */
export function presetShown(preset: AppState['preset'], scenario: Scenario | null): string {
  if (!preset || !scenario) return '';
  // A preset is small; a workload of another size is not it, and is not serialized to find out.
  const same = scenario.processes.length <= 1000 && JSON.stringify(scenario) === preset.json;
  return same ? preset.file : EDITED;
}

/**
 * Chooses one of the bundled scenarios and shows which one is loaded ("Edited" once changed, "Custom" when the
 * scenario came from elsewhere); the preset's summary and what to watch for show below.
 */
export function PresetMenu() {
  const store = useAppStore();
  const { errors, source } = useApp(useShallow(selectErrors));
  const id = useId();
  const { presets: listed, problem: indexError } = usePresetIndex();
  const presets = listed ?? NO_PRESETS;
  const [loading, setLoading] = useState(false);
  const { preset, scenario } = useApp(useShallow(selectLoaded));
  const shown = useMemo(() => presetShown(preset, scenario), [preset, scenario]);

  const choose = async (file: string) => {
    if (file === '' || file === EDITED) return;
    setLoading(true);
    // A refused preset leaves the old scenario, so the menu keeps naming what is loaded.
    await loadPreset(store, file);
    setLoading(false);
  };
  const info = presets.find((p) => p.file === preset?.file);
  const editedTitle = presets.find((p) => p.file === preset?.file)?.title ?? preset?.file;
  // Why the last preset was refused, next to the menu it was chosen from.
  const refusal = source?.startsWith('preset ') ? errors : [];

  return (
    <div className="preset-menu">
      <label htmlFor={id}>Preset</label>
      <select
        id={id}
        value={shown}
        disabled={loading}
        aria-describedby={info || indexError ? `${id}-notes` : undefined}
        onChange={(e) => void choose(e.target.value)}
      >
        {shown === '' && <option value="">{scenario ? 'Custom scenario' : 'Choose a preset…'}</option>}
        {shown === EDITED && <option value={EDITED}>Edited: {editedTitle}</option>}
        {presetsBySubject(presets).map((g) => (
          <optgroup key={g.subject} label={g.title}>
            {g.presets.map((p) => (
              <option key={p.file} value={p.file}>
                {p.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {indexError !== null && (
        <p id={`${id}-notes`} className="field-error" role="alert">
          {indexError}
        </p>
      )}
      {refusal.length > 0 && (
        <ul className="field-error" role="alert">
          {refusal.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      )}
      {info && (
        <p id={`${id}-notes`} className="preset-notes">
          {info.summary} <strong>Watch for:</strong> {info.watchFor}
        </p>
      )}
    </div>
  );
}
