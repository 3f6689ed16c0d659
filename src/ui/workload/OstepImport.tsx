import { useId, useState, type FormEvent } from 'react';
import { ostepCommand, scenarioScripts } from '../../core/ostep/command';
import { ostepScriptNamed } from '../../core/ostep/registry';
import { splitCommand } from '../../core/ostep/solve';
import { useAppStore } from '../app/StoreContext';

/**
 * Paste an OSTEP homework command. A workload script (scheduler.py, mlfq.py, …) becomes a scenario that
 * plays like any other; any other script (malloc.py, process-run.py, …) opens the OSTEP view with its answers.
 */
export function OstepImport() {
  const store = useAppStore();
  const id = useId();
  const [command, setCommand] = useState('./mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0');
  const [error, setError] = useState<string | null>(null);
  const load = async (e: FormEvent) => {
    e.preventDefault();
    const s = store.getState();
    if (ostepScriptNamed(splitCommand(command).script)?.scenario) {
      const c = ostepCommand(command);
      if (!c.ok) return setError(c.error);
      setError(null);
      if ((await s.load(c.scenario, 'OSTEP command')).ok) s.setView('simulate');
      return;
    }
    // Not a workload: the worker answers it (or says why not, e.g. an unknown script) for the OSTEP view.
    const answered = await s.runOstep(command);
    setError(answered.ok ? null : answered.error);
    if (answered.ok) s.setView('ostep');
  };
  return (
    <form className="panel" aria-labelledby={`${id}-title`} onSubmit={(e) => void load(e)} noValidate>
      <h2 id={`${id}-title`}>Import OSTEP command</h2>
      <label htmlFor={`${id}-cmd`}>OSTEP command</label>{' '}
      <input
        id={`${id}-cmd`}
        size={60}
        value={command}
        onChange={(e) => setCommand(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint`}
        spellCheck={false}
      />{' '}
      <button type="submit" className="primary">
        Load OSTEP command
      </button>
      <p id={`${id}-hint`} className="muted">
        A workload script ({scenarioScripts()}) with its own flags becomes a scenario to play (e.g. ./scheduler.py -p RR
        -q 2 -l 3,5,1); any other OSTEP script opens the OSTEP view with its answers. `npm run --silent sim -- ostep
        mlfq … -c` prints the same answers.
      </p>
      {error && (
        <p role="alert" className="form-errors">
          {error}
        </p>
      )}
    </form>
  );
}
