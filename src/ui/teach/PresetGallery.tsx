import { useState } from 'react';
import type { ViewName } from '../../store/types';
import { useAppStore } from '../app/StoreContext';
import { presetsBySubject, type PresetInfo, type PresetSubject } from '../../core/scenario/presetIndex';
import { loadPreset } from '../workload/presets';
import { usePresetIndex } from '../workload/usePresetIndex';
import './teach.css';

/** The view a preset of each subject opens in: where its main picture is. */
export const VIEW_OF: Readonly<Record<PresetSubject, ViewName>> = {
  scheduling: 'simulate',
  multiprocessor: 'simulate',
  // The process tree and the heap allocator are panels under the schedule (their index entries name them).
  processes: 'simulate',
  memory: 'memory',
  files: 'files',
  network: 'network',
};

/** Scrolls to a subject's heading and moves the focus there, so the keyboard goes on from it. */
function goTo(subject: PresetSubject): void {
  const heading = document.getElementById(`gallery-${subject}`);
  heading?.scrollIntoView?.({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** Every preset as a card, by subject: what it shows and what to watch for, and a button to open it in its view. */
export function PresetGallery() {
  const store = useAppStore();
  const { presets, problem } = usePresetIndex();
  const [opening, setOpening] = useState<string | null>(null);

  const open = async (p: PresetInfo) => {
    setOpening(p.file);
    try {
      // loadPreset reports a failure in the store's error panel and keeps the current scenario.
      if (!(await loadPreset(store, p.file)).ok) return;
      const view = VIEW_OF[p.subject];
      if (p.panel !== undefined) store.getState().setPanel(view, p.panel);
      store.getState().setView(view);
    } finally {
      setOpening(null);
    }
  };

  const groups = presets && presetsBySubject(presets);

  return (
    <section className="panel teach" aria-labelledby="gallery-title">
      <h2 id="gallery-title">Presets</h2>
      {problem && (
        <p role="alert" className="form-errors">
          {problem}
        </p>
      )}
      {presets === null && !problem && <p className="muted">Loading presets…</p>}
      {groups && (
        // Buttons, not links: the address's fragment is the view's route (#/presets).
        <nav className="gallery-subjects" aria-label="Subjects">
          {groups.map((g) => (
            <button key={g.subject} type="button" onClick={() => goTo(g.subject)}>
              {g.title} ({g.presets.length})
            </button>
          ))}
        </nav>
      )}
      {groups &&
        groups.map((g) => (
          <section key={g.subject} aria-labelledby={`gallery-${g.subject}`}>
            <h3 id={`gallery-${g.subject}`} tabIndex={-1}>
              {g.title}
            </h3>
            <ul className="gallery-group">
              {g.presets.map((p) => (
                <li key={p.file} className="panel gallery-card">
                  <h4>{p.title}</h4>
                  <p>{p.summary}</p>
                  <p className="watch">
                    <strong>What to watch for:</strong> {p.watchFor}
                  </p>
                  <button type="button" onClick={() => void open(p)} disabled={opening !== null}>
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
