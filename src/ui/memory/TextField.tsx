interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** the unit or format, always visible */
  hint?: string;
  /** the inline message when the value is refused; it names the field and the limit */
  error?: string | undefined;
  size?: number;
}

/** A labelled text input with its hint and inline error, tied to it by aria-describedby. */
export function TextField({ id, label, value, onChange, hint, error, size }: Props) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="memory-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        size={size}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="memory-message error">
          {error}
        </span>
      )}
    </div>
  );
}
