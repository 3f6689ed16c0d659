import { useId } from 'react';
import type { ColourMode } from './toFrameCells';

export const COLOUR_MODES: { value: ColourMode; label: string }[] = [
  { value: 'owner', label: 'Owner' },
  { value: 'type', label: 'Memory type' },
  { value: 'state', label: 'Page state' },
];

/** The grid's "Colour by" choice: owner, memory type or page state. */
export function ColourModes({ mode, onChange }: { mode: ColourMode; onChange(mode: ColourMode): void }) {
  const id = useId();
  return (
    <fieldset className="memory-modes">
      <legend>Colour by</legend>
      {COLOUR_MODES.map((m) => (
        <label key={m.value}>
          <input
            type="radio"
            name={`${id}-mode`}
            value={m.value}
            checked={mode === m.value}
            onChange={() => onChange(m.value)}
          />{' '}
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}
