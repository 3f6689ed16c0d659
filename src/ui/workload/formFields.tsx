import { useId, type ReactElement, type ReactNode } from 'react';
import type { FieldError } from '../../core/index';

/** What a labelled control needs to be tied to its hint and its errors. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  /** the documented default or the unit, always visible */
  hint?: string | undefined;
  errors?: readonly FieldError[];
  /** checkboxes read better with the box before the label */
  controlFirst?: boolean;
  children: (control: ControlProps) => ReactElement;
}

/** A label, a control, its hint and its inline errors, wired with aria-describedby. */
export function Field({ label, hint, errors = [], controlFirst = false, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint !== undefined ? hintId : '', errors.length > 0 ? errorId : '']
    .filter((s) => s !== '')
    .join(' ');
  const control = children({
    id,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy || undefined,
  });
  const labelEl = <label htmlFor={id}>{label}</label>;
  return (
    <div className={controlFirst ? 'field field-check' : 'field'}>
      {controlFirst ? control : labelEl}
      {controlFirst ? labelEl : control}
      {hint !== undefined && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {errors.length > 0 && (
        <span id={errorId} className="field-error">
          {errors.map((e) => e.message).join(' · ')}
        </span>
      )}
    </div>
  );
}

interface TextInputProps {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: string | undefined;
  errors?: readonly FieldError[];
  /** numeric keyboard and spinner; the value stays text so that what was typed can be quoted back */
  numeric?: boolean;
  size?: number;
}

export function TextInput({ label, value, onChange, hint, errors, numeric = false, size }: TextInputProps) {
  return (
    <Field label={label} hint={hint} errors={errors ?? []}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          size={size}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function CheckInput({
  label,
  checked,
  onChange,
  hint,
  errors,
}: {
  label: ReactNode;
  checked: boolean;
  onChange(v: boolean): void;
  hint?: string;
  errors?: readonly FieldError[];
}) {
  return (
    <Field label={label} hint={hint} errors={errors ?? []} controlFirst>
      {(control) => (
        <input {...control} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      )}
    </Field>
  );
}

export function SelectInput<T extends string>(props: {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  hint?: string;
  errors?: readonly FieldError[];
}) {
  return (
    <Field label={props.label} hint={props.hint} errors={props.errors ?? []}>
      {(control) => (
        <select {...control} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Errors no control claimed, listed once at the foot of a form. */
export function OtherErrors({ errors, title }: { errors: readonly FieldError[]; title: string }) {
  if (errors.length === 0) return null;
  return (
    <div className="form-errors" role="alert">
      <p>{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.path}-${i}`}>{e.message}</li>
        ))}
      </ul>
    </div>
  );
}
