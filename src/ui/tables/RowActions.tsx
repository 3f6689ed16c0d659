import type { FormEvent } from 'react';
import type { ProcessMetrics, ProcessState } from '../../core/index';
import type { OperationRequest } from '../../protocol';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';

const selectReady = (s: AppState) => s.status === 'ready';
const SUSPENDABLE: readonly ProcessState[] = ['READY', 'RUNNING', 'WAITING'];

/**
 * Kill, suspend, resume and re-prioritise one process at the current tick; each enabled only when legal.
 * `onDone` follows an action (the row menu closes).
 */
export function RowActions({ process: p, onDone }: { process: ProcessMetrics; onDone: () => void }) {
  const store = useAppStore();
  const ready = useApp(selectReady);
  const done = p.state === 'TERMINATED';
  const operate = (request: OperationRequest) => {
    void store.getState().operate(request);
    onDone();
  };
  const setPriority = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = Number(new FormData(e.currentTarget).get('priority'));
    if (Number.isInteger(value)) operate({ op: 'setPriority', pid: p.pid, priority: value });
  };
  return (
    <div className="row-actions">
      <button
        type="button"
        disabled={!ready || done}
        onClick={() => operate({ op: 'kill', pid: p.pid })}
        aria-label={`Kill P${p.pid}`}
      >
        Kill
      </button>
      <button
        type="button"
        disabled={!ready || !SUSPENDABLE.includes(p.state)}
        onClick={() => operate({ op: 'suspend', pid: p.pid })}
        aria-label={`Suspend P${p.pid}`}
      >
        Suspend
      </button>
      <button
        type="button"
        disabled={!ready || p.state !== 'SUSPENDED'}
        onClick={() => operate({ op: 'resume', pid: p.pid })}
        aria-label={`Resume P${p.pid}`}
      >
        Resume
      </button>
      <form onSubmit={setPriority} className="row-priority">
        <span aria-hidden="true">Priority</span>
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
