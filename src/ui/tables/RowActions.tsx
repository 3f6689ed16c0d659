import type { FormEvent } from 'react';
import type { ProcessMetrics, ProcessState } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';

const selectReady = (s: AppState) => s.status === 'ready';
const SUSPENDABLE: readonly ProcessState[] = ['READY', 'RUNNING', 'WAITING'];

/** Kill, suspend, resume and re-prioritise one process at the current tick; each enabled only when legal. */
export function RowActions({ process: p }: { process: ProcessMetrics }) {
  const store = useAppStore();
  const ready = useApp(selectReady);
  const done = p.state === 'TERMINATED';
  const setPriority = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = Number(new FormData(e.currentTarget).get('priority'));
    if (Number.isInteger(value)) void store.getState().operate({ op: 'setPriority', pid: p.pid, priority: value });
  };
  return (
    <div className="row-actions">
      <button
        type="button"
        disabled={!ready || done}
        onClick={() => void store.getState().operate({ op: 'kill', pid: p.pid })}
        aria-label={`Kill P${p.pid}`}
      >
        Kill
      </button>
      <button
        type="button"
        disabled={!ready || !SUSPENDABLE.includes(p.state)}
        onClick={() => void store.getState().operate({ op: 'suspend', pid: p.pid })}
        aria-label={`Suspend P${p.pid}`}
      >
        Suspend
      </button>
      <button
        type="button"
        disabled={!ready || p.state !== 'SUSPENDED'}
        onClick={() => void store.getState().operate({ op: 'resume', pid: p.pid })}
        aria-label={`Resume P${p.pid}`}
      >
        Resume
      </button>
      <form onSubmit={setPriority} className="row-priority">
        {/* keyed by the priority so the box shows the new value once the simulation accepts it */}
        <input
          key={p.priority}
          name="priority"
          type="number"
          step={1}
          defaultValue={p.priority}
          aria-label={`Priority of P${p.pid}`}
          disabled={!ready || done}
        />
        <button type="submit" disabled={!ready || done} aria-label={`Set priority of P${p.pid}`}>
          Set
        </button>
      </form>
    </div>
  );
}
