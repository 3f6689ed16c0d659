import { useEffect, useState } from 'react';
import type { MemorySnapshot, PageTableRow } from '../../core/index';
import { useAppStore } from '../app/StoreContext';
import { PageTableView } from './PageTableView';
import type { PidOption } from './types';
import type { MmuFocus } from './walkFocus';

export interface PageTablePanelProps {
  pids: PidOption[];
  /** fetched again whenever memory changes (a new snapshot) */
  snapshot: MemorySnapshot;
  /** the MMU walkthrough's process and page: its table is shown with the page's row lit */
  focus?: MmuFocus | null;
}

/** A process's page table, chosen from the live ones; the walkthrough's process while it shows a row. */
export function PageTablePanel({ pids, snapshot, focus = null }: PageTablePanelProps) {
  const store = useAppStore();
  const [chosen, setChosen] = useState<number | null>(null);
  const [followed, setFollowed] = useState<MmuFocus | null>(null);
  // A new walkthrough focus picks its process (adjusted while rendering: state that follows a prop).
  if (focus !== followed) {
    setFollowed(focus);
    if (focus?.pageTableRow) setChosen(focus.pid);
  }
  const pid = pids.find((p) => p.pid === chosen)?.pid ?? pids[0]?.pid;
  const [rows, setRows] = useState<PageTableRow[]>([]);
  useEffect(() => {
    let current = true;
    if (pid !== undefined && snapshot.frames > 0)
      void store
        .getState()
        .pageTable(pid)
        .then((r) => current && setRows(r.ok ? r.rows : []));
    return () => {
      current = false;
    };
  }, [pid, snapshot, store]);
  const lit = focus?.pageTableRow && focus.pid === pid ? focus.vpn : null;
  return (
    <section className="panel" aria-labelledby="page-tables">
      <h2 id="page-tables">Page table</h2>
      <label>
        Process{' '}
        <select value={pid ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
          {pids.map((p) => (
            <option key={p.pid} value={p.pid}>
              P{p.pid} {p.name}
            </option>
          ))}
        </select>
      </label>
      {pid === undefined ? (
        <p className="muted">No live process.</p>
      ) : (
        <PageTableView pid={pid} rows={rows} highlightVpn={lit} />
      )}
    </section>
  );
}
