import { useState, type FormEvent, type ReactNode } from 'react';
import type { FormAnswer, PidOption } from './types';

interface Props {
  title: string;
  submitLabel: string;
  /** the request, or null when a field refused its value (the field shows why) */
  onSubmit(): Promise<FormAnswer> | null;
  children?: ReactNode;
}

/**
 * One memory request as a small form: the fields, a button, and the core's answer written beside it
 * (a polite live region, so the answer is heard without moving focus).
 */
export function ActionForm({ title, submitLabel, onSubmit, children }: Props) {
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<FormAnswer | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const request = onSubmit();
    setAnswer(null);
    if (!request) return;
    setPending(true);
    try {
      setAnswer(await request);
    } catch (err) {
      setAnswer({ ok: false, message: err instanceof Error ? err.message : String(err) });
    } finally {
      setPending(false);
    }
  };
  return (
    <form className="memory-form" onSubmit={submit} noValidate aria-label={title}>
      <fieldset className="memory-form-fields">
        <legend>{title}</legend>
        {children}
        <button type="submit" className="primary" disabled={pending}>
          {pending ? 'Working…' : submitLabel}
        </button>
      </fieldset>
      <p className={`memory-message${answer ? (answer.ok ? ' ok' : ' error') : ''}`} role="status">
        {answer && (answer.message ?? (answer.ok ? 'Done.' : 'Refused.'))}
      </p>
    </form>
  );
}

/** The chosen pid while it still exists, else the first one. */
export function usePid(pids: readonly PidOption[]): [number | undefined, (pid: number) => void] {
  const [pid, setPid] = useState<number | null>(null);
  return [pids.find((p) => p.pid === pid)?.pid ?? pids[0]?.pid, setPid];
}

export function PidSelect({
  id,
  pids,
  value,
  onChange,
}: {
  id: string;
  pids: readonly PidOption[];
  value: number | undefined;
  onChange(pid: number): void;
}) {
  return (
    <div className="memory-field">
      <label htmlFor={id}>Process</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(Number(e.target.value))}
        disabled={pids.length === 0}
      >
        {pids.length === 0 && <option value="">no process</option>}
        {pids.map((p) => (
          <option key={p.pid} value={p.pid}>
            P{p.pid} {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
