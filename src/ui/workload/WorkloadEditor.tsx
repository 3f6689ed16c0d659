import { useState } from 'react';
import type { DraftSlice } from '../../store/draftSlice';
import { useShallow } from '../app/useShallow';
import type { ProcessSpec, Scenario } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { ProcessTypeIcon } from '../icons/ProcessIcons';
import { processLook } from '../theme/processLook';
import { OtherErrors } from './formFields';
import { formatNumberList, MiB } from './formValues';
import { draftOfProcess, newProcessDraft, nextPid, scenarioPids, type ProcessDraft } from './processDraft';
import { ProcessForm } from './ProcessForm';

export const EDITOR_SOURCE = 'workload editor';
/** Rows drawn at first: a generated workload may hold 100 000 processes. */
const PAGE = 100;
const selectErrors = (s: AppState) => ({ errors: s.errors, source: s.errorSource });
const selectOpen = (s: AppState) => s.processForm;

export function WorkloadEditor({ scenario }: { scenario: Scenario }) {
  const store = useAppStore();
  const { errors, source } = useApp(useShallow(selectErrors));
  // The open form lives in the store, so that a switch to another view keeps what was typed.
  const open = useApp(selectOpen);
  const [shown, setShown] = useState(PAGE);
  const pids = scenarioPids(scenario);
  const processes = scenario.processes;
  const setOpen = (form: DraftSlice['processForm']) => store.getState().setProcessForm(form);
  const openFor = (target: 'new' | number) => {
    const p = target === 'new' ? undefined : processes.find((q) => q.pid === target);
    setOpen({ target, draft: p ? draftOfProcess(p) : newProcessDraft(nextPid(pids)) });
  };

  const change = (update: (list: ProcessSpec[]) => ProcessSpec[]) =>
    store.getState().edit((s) => ({ ...s, processes: update(s.processes) }), EDITOR_SOURCE);
  const save = async (p: ProcessSpec) => {
    const target = open?.target;
    const edited = await change((list) =>
      typeof target === 'number' ? list.map((q) => (q.pid === target ? p : q)) : [...list, p],
    );
    if (edited.ok) setOpen(null);
  };
  const edited = typeof open?.target === 'number' ? processes.find((p) => p.pid === open.target) : undefined;
  // An edited process that has gone (removed meanwhile) closes the form.
  const formOpen = open?.target === 'new' || edited !== undefined;

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
                'Network (Mbit/s)',
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
                <td className="mono">{formatNumberList(p.bursts)}</td>
                <td>{p.deadline ?? '—'}</td>
                <td>{p.tickets ?? '100'}</td>
                <td>{p.needs.gpus}</td>
                <td>{p.needs.memoryBytes / MiB}</td>
                <td>{p.needs.networkMbps}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => openFor(p.pid)}>
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
      {!formOpen || !open ? (
        <button type="button" className="primary" onClick={() => openFor('new')}>
          Add process
        </button>
      ) : (
        <ProcessForm
          // A new key restarts what the form checks (its first Save) when another process is chosen.
          key={edited?.pid ?? 'new'}
          title={edited ? `Edit P${edited.pid}` : 'New process'}
          // The store keeps the draft as unknown: this form wrote it, in this shape.
          draft={open.draft as ProcessDraft}
          onChange={(draft) => setOpen({ target: open.target, draft })}
          otherPids={edited ? pids.filter((pid) => pid !== edited.pid) : pids}
          nodeGpus={scenario.node.gpus}
          onSave={(p) => void save(p)}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}
