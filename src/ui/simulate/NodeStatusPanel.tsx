import { useMemo } from 'react';
import { nodeStatus, type StateCounts } from '../../core/metrics/nodeStatus';
import { PROCESS_STATES, type ProcessState } from '../../core/process/types';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { ProcessStateIcon, ProcessTypeIcon } from '../icons/ProcessIcons';
import './simulate.css';

const selectFrame = (s: AppState) => s.frame;

/** Column headings, in the order a process lives through its states. */
const STATE_HEADING: Readonly<Record<ProcessState, string>> = {
  NEW: 'New',
  READY: 'Ready',
  RUNNING: 'Running',
  WAITING: 'Waiting',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
};

function Counts({ counts }: { counts: StateCounts }) {
  return (
    <>
      <td>{counts.total}</td>
      {PROCESS_STATES.map((s) => (
        <td key={s} className={counts.byState[s] === 0 ? 'muted' : undefined}>
          {counts.byState[s]}
        </td>
      ))}
    </>
  );
}

/**
 * The design's "AI node status": how many processes of each type the node has, and how many of them are in each
 * state at the current tick (New: not arrived yet, or waiting for memory).
 */
export function NodeStatusPanel() {
  const frame = useApp(selectFrame);
  const processes = frame?.processes;
  const status = useMemo(() => nodeStatus(processes ?? []), [processes]);
  return (
    <section className="panel node-status" aria-labelledby="node-status-heading">
      <h2 id="node-status-heading">AI node status{frame && <span className="muted"> at tick {frame.tick}</span>}</h2>
      <table aria-label="Processes by type and state">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Processes</th>
            {PROCESS_STATES.map((s) => (
              <th key={s} scope="col">
                <ProcessStateIcon state={s} decorative /> {STATE_HEADING[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {status.types.map((t) => (
            <tr key={t.type} className={t.total === 0 ? 'muted' : undefined}>
              <th scope="row">
                <ProcessTypeIcon type={t.type} decorative /> {t.type}
              </th>
              <Counts counts={t} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All types</th>
            <Counts counts={status.all} />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
