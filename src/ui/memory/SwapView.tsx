import type { MemorySnapshot } from '../../core/index';
import { ProcessSwatch } from '../theme/ProcessSwatch';
import { processLook } from '../theme/processLook';
import { formatBytes, formatPercent } from './formatBytes';
import { UsageMeter } from './UsageMeter';
import './memory.css';

export interface SwapViewProps {
  snapshot: MemorySnapshot;
  names?: (pid: number) => string | undefined;
}

/** At most this many cells: up to it each cell is one slot; beyond, each cell is a group of slots. */
const MAX_CELLS = 256;
const noNames = () => undefined;

/**
 * Swap space: how full it is, a strip of its slots (each coloured and patterned by owner, or, for large
 * swap spaces, groups of slots filled as far as they are used), who holds how many slots, and the
 * swap-in / swap-out counts. The strip is a picture; the same facts are written out beside it.
 */
export function SwapView({ snapshot, names = noNames }: SwapViewProps) {
  const { slots, used, owner } = snapshot.swap;
  const stats = snapshot.stats;
  if (slots === 0) return <p className="muted">No swap space: pages that do not fit are refused, never swapped out.</p>;
  const perCell = Math.ceil(slots / MAX_CELLS);
  const cells = Math.ceil(slots / perCell);
  const holders = new Map<number, number>();
  for (let s = 0; s < slots; s++) {
    const pid = owner[s] as number;
    if (pid >= 0) holders.set(pid, (holders.get(pid) ?? 0) + 1);
  }
  const byPid = [...holders].sort((a, b) => a[0] - b[0]);
  const summary = `Swap: ${used} of ${slots} slots used (${formatPercent(used / slots)}), ${perCell === 1 ? 'one slot per cell' : `${perCell} slots per cell`}.`;
  return (
    <section className="swap-view" aria-label="Swap space">
      <UsageMeter
        label="Swap used"
        used={used / slots}
        limit={snapshot.config.alerts.swapUse}
        detail={`${used} of ${slots} slots of ${formatBytes(snapshot.config.pageSize)}; the line is the alert level`}
      />
      <div className="swap-strip" role="img" aria-label={summary}>
        {Array.from({ length: cells }, (_, c) => {
          if (perCell === 1) {
            const pid = owner[c] as number;
            return pid < 0 ? (
              <span key={c} className="swap-cell" />
            ) : (
              <span key={c} className="swap-cell" style={{ background: processLook(pid).color }} data-pid={pid} />
            );
          }
          let full = 0;
          const end = Math.min(slots, (c + 1) * perCell);
          for (let s = c * perCell; s < end; s++) if ((owner[s] as number) >= 0) full++;
          return (
            <span key={c} className="swap-cell">
              <span className="swap-cell-fill" style={{ height: `${(full / (end - c * perCell)) * 100}%` }} />
            </span>
          );
        })}
      </div>
      <ul className="memory-legend" aria-label="Swap slots by process">
        {byPid.map(([pid, n]) => (
          <li key={pid}>
            <ProcessSwatch pid={pid} /> P{pid}
            {names(pid) ? ` ${names(pid)}` : ''}: {n} slot{n === 1 ? '' : 's'}
          </li>
        ))}
        {byPid.length === 0 && <li className="muted">No page is in swap.</li>}
      </ul>
      <p className="swap-counts">
        Swap-ins: <strong>{stats.swapIns}</strong> · Swap-outs: <strong>{stats.swapOuts}</strong> · Write-backs of dirty
        pages: <strong>{stats.writeBacks}</strong>
      </p>
    </section>
  );
}
