import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ProcessSpec, Scenario } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { ProcessTypeIcon } from '../icons/ProcessIcons';
import { processLook } from '../theme/processLook';
import { OtherErrors } from './formFields';
import { formatBursts, MiB } from './formValues';
import { draftOfProcess, newProcessDraft, nextPid, scenarioPids } from './processDraft';
import { ProcessForm } from './ProcessForm';

export const EDITOR_SOURCE = 'workload editor';
/** Rows drawn at first: a generated workload may hold 100 000 processes. */
const PAGE = 100;
const selectErrors = (s: AppState) => ({ errors: s.errors, source: s.errorSource });

type Editing = { kind: 'new' } | { kind: 'edit'; pid: number } | null;

export function WorkloadEditor({ scenario }: { scenario: Scenario }) {
  const store = useAppStore();
  const { errors, source } = useApp(useShallow(selectErrors));
  const [editing, setEditing] = useState<Editing>(null);
  const [shown, setShown] = useState(PAGE);
  const pids = scenarioPids(scenario);
  const processes = scenario.processes;

  const change = (update: (list: ProcessSpec[]) => ProcessSpec[]) =>
    store.getState().edit((s) => ({ ...s, processes: update(s.processes) }), EDITOR_SOURCE);
  const save = async (p: ProcessSpec) => {
    const target = editing;
    const edited = await change((list) =>
      target?.kind === 'edit' ? list.map((q) => (q.pid === target.pid ? p : q)) : [...list, p],
    );
    if (edited.ok) setEditing(null);
  };
  const edited = editing?.kind === 'edit' ? processes.find((p) => p.pid === editing.pid) : undefined;
  // An edited process that has gone (a preset was loaded meanwhile) closes the form.
  const formOpen = editing?.kind === 'new' || edited !== undefined;

  return (
    <section className="panel workload-editor" aria-labelledby="workload-editor-title">
      <h2 id="workload-editor-title">Processes</h2>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Processes of the scenario</caption>
          <thead>
            <tr>
              {[
                'PID',
                'Name',
                'Type',
                'Priority',
                'Arrival',
                'Bursts (CPU, I/O, …)',
                'Deadline',
                'Tickets',
                'GPUs',
                'Memory (MiB)',
                'Actions',
              ].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {processes.slice(0, shown).map((p) => (
              <tr key={p.pid}>
                <td>
                  <span className="swatch" style={{ background: processLook(p.pid).color }} aria-hidden="true" /> P
                  {p.pid}
                </td>
                <td>{p.name}</td>
                <td>
                  <ProcessTypeIcon type={p.type} decorative /> {p.type}
                </td>
                <td>{p.priority}</td>
                <td>{p.arrival}</td>
                <td className="mono">{formatBursts(p.bursts)}</td>
                <td>{p.deadline ?? '—'}</td>
                <td>{p.tickets ?? '100'}</td>
                <td>{p.needs.gpus}</td>
                <td>{p.needs.memoryBytes / MiB}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setEditing({ kind: 'edit', pid: p.pid })}>
                    Edit P{p.pid}
                  </button>
                  <button type="button" onClick={() => void change((list) => list.filter((q) => q.pid !== p.pid))}>
                    Remove P{p.pid}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {processes.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE * 10)}>
          Show more ({processes.length - shown} not shown)
        </button>
      )}
      {processes.length === 0 && <p className="muted">No processes yet.</p>}
      <OtherErrors title="The workload was not changed:" errors={source === EDITOR_SOURCE ? errors : []} />
      {!formOpen ? (
        <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
          Add process
        </button>
      ) : (
        <ProcessForm
          // A new key restarts the form's draft when another process is chosen.
          key={edited?.pid ?? 'new'}
          title={edited ? `Edit P${edited.pid}` : 'New process'}
          initial={edited ? draftOfProcess(edited) : newProcessDraft(nextPid(pids))}
          otherPids={edited ? pids.filter((pid) => pid !== edited.pid) : pids}
          nodeGpus={scenario.node.gpus}
          onSave={(p) => void save(p)}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
