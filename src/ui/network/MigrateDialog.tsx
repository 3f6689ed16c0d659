import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MethodKind, NetFault } from '../../core/index';
import { DEFAULT_METHODS } from '../../core/network/migration/defaults';
import type { ClusterFrame } from '../../protocol';

/** The methods in the order offered, with the words for each. */
export const MIGRATION_METHODS: readonly { kind: MethodKind; label: string; what: string }[] = [
  { kind: 'stopAndCopy', label: 'Stop-and-copy', what: 'stop it, send every page, resume it there' },
  { kind: 'preCopy', label: 'Pre-copy', what: 'send its pages while it runs, in rounds, then stop it for the rest' },
  { kind: 'postCopy', label: 'Post-copy', what: 'move it at once and fetch each page when it is touched' },
];

/** The migration a dialog's choices make, with the method's defaults (those of a scenario that names only its kind). */
export function migrateFault(
  cluster: ClusterFrame,
  from: number,
  pid: number,
  to: number,
  method: MethodKind,
): NetFault {
  return {
    kind: 'migrate',
    process: pid,
    from: cluster.nodes[from]?.id ?? '',
    to: cluster.nodes[to]?.id ?? '',
    method: { ...DEFAULT_METHODS[method] },
  };
}

interface Props {
  cluster: ClusterFrame;
  /** the node whose process moves (a place) */
  from: number;
  /** applies the migration; resolves to the refusal's words, or null when it was applied */
  migrate(fault: NetFault, label: string): Promise<string | null>;
  close(): void;
}

/**
 * Asks which of a node's processes to migrate, to which node that is up, and how. A modal dialog where the
 * browser has one (showModal): its first control takes the focus, Escape or Cancel closes it and changes nothing,
 * and the focus goes back to what had it.
 * A migration the core refuses (a node that crashed meanwhile, a process that cannot move) keeps it open with the
 * refusal's words, which name the field.
 */
export function MigrateDialog({ cluster, from, migrate, close }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const node = cluster.nodes[from];
  const processes = node?.processes ?? [];
  const targets = cluster.nodes.flatMap((n, i) => (i !== from && n.status === 'up' ? [i] : []));
  const [pid, setPid] = useState(processes[0]?.pid ?? -1);
  const [to, setTo] = useState(targets[0] ?? -1);
  const [method, setMethod] = useState<MethodKind>('stopAndCopy');
  const [refusal, setRefusal] = useState('');
  useEffect(() => {
    // Focus goes back where it came from (the list entry or the picture that opened the menu) when it closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog?.querySelector<HTMLElement>('select')?.focus();
    return () => opener?.focus();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = processes.find((p) => p.pid === pid)?.name ?? '';
    const label = `Migrate P${pid} (${name}) from ${node?.id} to ${cluster.nodes[to]?.id} by ${MIGRATION_METHODS.find((m) => m.kind === method)?.label.toLowerCase()}`;
    void migrate(migrateFault(cluster, from, pid, to, method), label).then((why) => {
      if (why === null) close();
      else setRefusal(why);
    });
  };
  return (
    <dialog
      ref={ref}
      className="migrate-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <form onSubmit={submit}>
        <h3 id={`${id}-title`}>Migrate a process from {node?.id}</h3>
        <label>
          Process{' '}
          <select value={pid} onChange={(e) => setPid(Number(e.target.value))}>
            {processes.map((p) => (
              <option key={p.pid} value={p.pid}>
                P{p.pid} {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Target node{' '}
          <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {targets.map((i) => (
              <option key={i} value={i}>
                {cluster.nodes[i]?.id}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Method</legend>
          {MIGRATION_METHODS.map((m) => (
            <label key={m.kind}>
              <input
                type="radio"
                name={`${id}-method`}
                value={m.kind}
                checked={method === m.kind}
                onChange={() => setMethod(m.kind)}
              />{' '}
              {m.label}: {m.what}
            </label>
          ))}
        </fieldset>
        <p role="alert" className="migrate-refusal">
          {refusal}
        </p>
        <div className="migrate-buttons">
          <button type="submit" disabled={pid < 0 || to < 0}>
            Migrate
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
