import { useId, useState, type FormEvent } from 'react';
import { ostepCommand } from '../../core/ostep/command';
import { useAppStore } from '../app/StoreContext';

/**
 * Paste an OSTEP homework command (scheduler.py, mlfq.py) and get the same problem here, where it plays
 * like any scenario; `sim ostep` on the command line gives OSTEP's own answers for it.
 */
export function OstepImport() {
  const store = useAppStore();
  const id = useId();
  const [command, setCommand] = useState('./mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0');
  const [error, setError] = useState<string | null>(null);
  const load = async (e: FormEvent) => {
    e.preventDefault();
    const c = ostepCommand(command);
    if (!c.ok) return setError(c.error);
    setError(null);
    if (await store.getState().load(c.scenario, 'OSTEP command')) store.getState().setView('simulate');
  };
  return (
    <form className="panel" aria-labelledby={`${id}-title`} onSubmit={(e) => void load(e)} noValidate>
      <h2 id={`${id}-title`}>Import OSTEP command</h2>
      <label htmlFor={`${id}-cmd`}>OSTEP command</label>{' '}
      <input id={`${id}-cmd`} size={60} value={command} onChange={(e) => setCommand(e.target.value)} aria-invalid={error !== null} aria-describedby={`${id}-hint`} spellCheck={false} />{' '}
      <button type="submit" className="primary">
        Load OSTEP command
      </button>
      <p id={`${id}-hint`} className="muted">
        scheduler.py and mlfq.py, with their own flags (e.g. ./scheduler.py -p RR -q 2 -l 3,5,1). The answers match
        OSTEP's: `npm run --silent sim -- ostep mlfq … -c` prints them.
      </p>
      {error && (
        <p role="alert" className="form-errors">
          {error}
        </p>
      )}
    </form>
  );
}
