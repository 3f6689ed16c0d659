import { useDeferredValue } from 'react';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { processTreeRows } from './processTree';

const selectProcesses = (s: AppState) => s.slowFrame?.processes;

/**
 * The process tree, a panel of its own beside the process table: who forked whom (and who adopted whom when a parent ended), each
 * process with its state; shown when the scenario gives processes parents.
 */
export function ProcessTreePanel() {
  const processes = useDeferredValue(useApp(selectProcesses));
  const tree = processes ? processTreeRows(processes) : null;
  if (!tree) return null;
  return (
    <section className="panel process-tree" aria-labelledby="process-tree-heading">
      <h2 id="process-tree-heading">Process tree</h2>
      <ul role="tree" aria-labelledby="process-tree-heading">
        {tree.rows.map((r) => (
          <li
            key={r.pid}
            role="treeitem"
            aria-level={r.level}
            aria-posinset={r.posInSet}
            aria-setsize={r.setSize}
            aria-selected={false}
            aria-label={r.label}
            className={`process-tree-item state-${r.state.toLowerCase()}`}
            style={{ marginLeft: `${(r.level - 1) * 1.5}em` }}
          >
            <span className="process-tree-box">
              P{r.pid} {r.name}
            </span>{' '}
            <span className="muted">{r.state}</span>
          </li>
        ))}
      </ul>
      {tree.hidden > 0 && <p className="muted">{tree.hidden} more processes are not listed.</p>}
    </section>
  );
}
