import { useId } from 'react';
import type { PresetSubject } from '../../core/scenario/presetIndex';
import { PresetOffer } from './PresetOffer';
import { usePresetIndex } from './usePresetIndex';
import './workload.css';

/**
 * The presets of one subject, each offered as a button with what it shows: how an empty view (no memory, no file
 * system, no network) leads to the scenarios that fill it. Nothing is shown until the index has come, nor when it
 * cannot come: the header's Preset menu says why then.
 */
export function SubjectPresets({ subject, title }: { subject: PresetSubject; title: string }) {
  const id = useId();
  const presets = usePresetIndex().presets?.filter((p) => p.subject === subject) ?? [];
  if (presets.length === 0) return null;
  return (
    <section className="subject-presets" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {presets.map((p) => (
          <li key={p.file}>
            <PresetOffer preset={p} /> <span className="muted">{p.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
