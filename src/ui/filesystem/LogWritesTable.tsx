import type { LogFigures } from '../../core/fs/layout/compareLayouts';

/** Operations listed: a teaching workload's worth. */
const STEPS_SHOWN = 60;

/** The log's writes, operation by operation: what each change costs a log-structured file system. */
export function LogWritesTable({ label, log }: { label: string; log: LogFigures }) {
  const shown = log.steps.slice(0, STEPS_SHOWN);
  return (
    <>
      <h3>Blocks written per operation, {label}</h3>
      <table className="allocation-table" aria-label={`Blocks written per operation: ${label}`}>
        <thead>
          <tr>
            <th scope="col">Operation</th>
            <th scope="col">Data</th>
            <th scope="col">Directory</th>
            <th scope="col">Inode</th>
            <th scope="col">Inode map</th>
            <th scope="col">Checkpoint</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s, i) => (
            <tr key={i}>
              <th scope="row">
                {s.line}
                {s.error && <span className="muted"> (refused, {s.error.code})</span>}
              </th>
              <td>{s.writes.data}</td>
              <td>{s.writes.dir}</td>
              <td>{s.writes.inode}</td>
              <td>{s.writes.imap}</td>
              <td>{s.writes.checkpoint}</td>
            </tr>
          ))}
          {log.steps.length > STEPS_SHOWN && (
            <tr>
              <td colSpan={6} className="muted">
                and {log.steps.length - STEPS_SHOWN} more operations
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}
