import { useId, useState } from 'react';
import { applyThemeChoice, readThemeChoice, storeThemeChoice, type ThemeChoice } from './theme';

const OPTIONS: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark or as the system says; remembered in localStorage ('bcos.theme'). */
export function ThemeSelect() {
  const id = useId();
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  const change = (next: ThemeChoice) => {
    setChoice(next);
    storeThemeChoice(next);
    applyThemeChoice(next);
  };
  return (
    <span className="theme-select">
      <label htmlFor={id}>Theme</label>{' '}
      <select id={id} value={choice} onChange={(e) => change(e.target.value as ThemeChoice)}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
