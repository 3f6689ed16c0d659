import { useEffect, useState } from 'react';
import type { ViewName } from '../../store/types';
import { useAppStore } from '../app/StoreContext';
import { fetchPresetIndex, loadPreset, type PresetInfo } from '../workload/presets';
import './teach.css';

interface Group {
  title: string;
  /** the view a preset of this group opens in */
  view: ViewName;
  presets: PresetInfo[];
}

/** Memory presets are the files named memory-*.json (the index has no other grouping); the rest schedule. */
export function groupPresets(presets: readonly PresetInfo[]): Group[] {
  const memory = presets.filter((p) => p.file.startsWith('memory-'));
  const scheduling = presets.filter((p) => !p.file.startsWith('memory-'));
  return [
    { title: 'Scheduling', view: 'simulate' as const, presets: scheduling },
    { title: 'Memory', view: 'memory' as const, presets: memory },
  ].filter((g) => g.presets.length > 0);
}

/** Every preset as a card: what it shows and what to watch for, and a button to open it. */
export function PresetGallery() {
  const store = useAppStore();
  const [presets, setPresets] = useState<PresetInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    fetchPresetIndex().then(
      (p) => live && setPresets(p),
      (e: unknown) => live && setProblem(`Presets are unavailable: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  const open = async (p: PresetInfo, view: ViewName) => {
    setOpening(p.file);
    try {
      // loadPreset reports a failure in the store's error panel and keeps the current scenario.
      if ((await loadPreset(store, p.file)).ok) store.getState().setView(view);
    } finally {
      setOpening(null);
    }
  };

  return (
    <section className="panel teach" aria-labelledby="gallery-title">
      <h2 id="gallery-title">Presets</h2>
      {problem && (
        <p role="alert" className="form-errors">
          {problem}
        </p>
      )}
      {presets === null && !problem && <p className="muted">Loading presets…</p>}
      {presets &&
        groupPresets(presets).map((g) => (
          <section key={g.title} aria-labelledby={`gallery-${g.title}`}>
            <h3 id={`gallery-${g.title}`}>{g.title}</h3>
            <ul className="gallery-group">
              {g.presets.map((p) => (
                <li key={p.file} className="panel gallery-card">
                  <h4>{p.title}</h4>
                  <p>{p.summary}</p>
                  <p className="watch">
                    <strong>What to watch for:</strong> {p.watchFor}
                  </p>
                  <button type="button" onClick={() => void open(p, g.view)} disabled={opening !== null}>
                    Open {p.title}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
