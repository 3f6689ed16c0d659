import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { fetchPresetIndex, loadPreset, type PresetInfo } from './presets';
import './workload.css';

const selectErrors = (s: AppState) => ({ errors: s.errors, source: s.errorSource });

/** Chooses one of the bundled scenarios; the chosen one's summary and what to watch for show below. */
export function PresetMenu() {
  const store = useAppStore();
  const { errors, source } = useApp(useShallow(selectErrors));
  const id = useId();
  const [presets, setPresets] = useState<PresetInfo[]>([]);
  const [indexError, setIndexError] = useState<string | null>(null);
  const [chosen, setChosen] = useState('');
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    fetchPresetIndex().then(
      (list) => live && setPresets(list),
      (e: unknown) => live && setIndexError(`Presets are unavailable: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  const choose = async (file: string) => {
    if (file === '') return;
    setLoading(true);
    const loaded = await loadPreset(store, file);
    setLoading(false);
    // A refused preset leaves the old scenario, so the menu keeps naming the old choice.
    if (loaded.ok) setChosen(file);
  };
  const info = presets.find((p) => p.file === chosen);
  // Why the last preset was refused, next to the menu it was chosen from.
  const refusal = source?.startsWith('preset ') ? errors : [];

  return (
    <div className="preset-menu">
      <label htmlFor={id}>Preset</label>
      <select
        id={id}
        value={chosen}
        disabled={loading}
        aria-describedby={info || indexError ? `${id}-notes` : undefined}
        onChange={(e) => void choose(e.target.value)}
      >
        <option value="">Choose a preset…</option>
        {presets.map((p) => (
          <option key={p.file} value={p.file}>
            {p.title}
          </option>
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
