import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MemorySnapshot, MemoryType, PageTableRow } from '../../core/index';
import { refusalText } from '../../store/results';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { AccessMonitor } from './AccessMonitor';
import { FragmentationPanel } from './FragmentationPanel';
import { MemoryActions } from './MemoryActions';
import { operateAndAnswer } from './operateAndAnswer';
import { MemoryGrid } from './MemoryGrid';
import { MmuWalkthrough } from './MmuWalkthrough';
import { PageTableView } from './PageTableView';
import { PoolsPanel } from './PoolsPanel';
import { ReplacementComparison } from './ReplacementComparison';
import { SwapMonitor } from './SwapMonitor';
import { SwapView } from './SwapView';
import { turnOnMemory } from '../workload/memoryFit';
import { Stage, type PanelContent } from '../stage/Stage';
import type { FormAnswer } from './types';
import './memory.css';

const selectMemory = (s: AppState) => ({
  config: s.scenario?.memory,
  snapshot: s.memory,
  samples: s.memorySamples,
  recent: s.memoryRecent,
  waiting: s.memoryWaiting,
  processes: s.slowFrame?.processes,
});

/**
 * The Memory view: connects the memory panels to the store. Every action goes to the simulation as an
 * operation at the current tick (so it is recorded and replayed); the walkthrough is a dry run.
 */
export function MemoryView() {
  const store = useAppStore();
  const { config, snapshot, samples, recent, waiting, processes } = useApp(useShallow(selectMemory));
  const live = useMemo(
    () => (processes ?? []).filter((p) => p.state !== 'TERMINATED').map((p) => ({ pid: p.pid, name: p.name })),
    [processes],
  );
  const names = useMemo(() => {
    const byPid = new Map((processes ?? []).map((p) => [p.pid, p.name]));
    return (pid: number) => byPid.get(pid);
  }, [processes]);

  if (!config) {
    return (
      <section className="panel" aria-labelledby="memory-off">
        <h2 id="memory-off">Memory management is off</h2>
        <p>
          This scenario has no memory section, so processes' memory needs are only recorded. Turn it on with the lesson
          defaults (64 frames of 4 KiB, 128 pages of swap, LRU), or open one of the memory presets.
        </p>
        <button type="button" className="primary" onClick={() => void turnOnMemory(store)}>
          Turn on memory management
        </button>
      </section>
    );
  }
  if (!snapshot) return <p className="muted">Loading memory…</p>;

  const operate = (request: Parameters<AppState['operate']>[0]): Promise<FormAnswer> =>
    operateAndAnswer(store, request);

  const panels: PanelContent = {
    pools: { render: () => <PoolsPanel snapshot={snapshot} /> },
    swap: { render: () => <SwapView snapshot={snapshot} names={names} /> },
    mmu: {
      render: () => (
        <MmuWalkthrough
          pids={live}
          pageSize={config.pageSize}
          levels={config.pageTableLevels}
          virtualBits={config.virtualBits}
          onTranslate={async (pid, address, access) => {
            const r = await store.getState().translate(pid, address, access);
            if (!r.ok) throw new Error(refusalText(r));
            return r.translation;
          }}
        />
      ),
    },
    'page-table': { render: () => <PageTables pids={live} snapshot={snapshot} /> },
    fragmentation: {
      render: () => (
        <FragmentationPanel
          samples={samples}
          snapshot={snapshot}
          onDefragment={async () => {
            const compacted = await store.getState().operate({ op: 'compact', movePinned: false });
            // An accepted compaction is the latest one; a refused one leaves nothing to show.
            const done = compacted.ok ? compacted.frame.memory?.lastCompaction : null;
            return done ? { moved: done.moved, cost: done.cost } : null;
          }}
        />
      ),
    },
    'over-time': {
      render: () => (
        <>
          <SwapMonitor samples={samples} slots={snapshot.swap.slots} />
          <AccessMonitor samples={samples} />
        </>
      ),
    },
    replacement: {
      render: () => (
        <ReplacementComparison
          onCompare={async (refs, frames) => {
            const r = await store.getState().compareReplacement(refs, frames);
            if (!r.ok) throw new Error(refusalText(r));
            return r.results;
          }}
        />
      ),
    },
    operations: {
      render: () => (
        <MemoryActions
          pids={live}
          virtualBits={config.virtualBits}
          maxBytes={config.physicalBytes + config.swapBytes}
          onAllocate={(pid, bytes, memoryType: MemoryType) => operate({ op: 'allocate', pid, bytes, memoryType })}
          onDeallocate={(pid, address) => operate({ op: 'deallocate', pid, address })}
          onAccess={(pid, address, access) => operate({ op: 'access', pid, address, access })}
          onDefragment={() => operate({ op: 'compact', movePinned: false })}
        />
      ),
    },
  };
  const picture = (
    <div className="memory-picture">
      {waiting.length > 0 && (
        <section className="memory-waiting" aria-labelledby="memory-waiting">
          <h2 id="memory-waiting">Waiting in NEW for memory</h2>
          <ul>
            {waiting.map((w) => (
              <li key={w.pid}>
                P{w.pid} {names(w.pid)}: {w.why}
              </li>
            ))}
          </ul>
        </section>
      )}
      <MemoryGrid snapshot={snapshot} names={names} recent={recent} />
    </div>
  );
  return <Stage view="memory" label="Memory" picture={picture} panels={panels} />;
}

/** A process's page table, fetched again whenever memory changes (a new snapshot). */
function PageTables({ pids, snapshot }: { pids: { pid: number; name: string }[]; snapshot: MemorySnapshot }) {
  const store = useAppStore();
  const [chosen, setChosen] = useState<number | null>(null);
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
      {pid === undefined ? <p className="muted">No live process.</p> : <PageTableView pid={pid} rows={rows} />}
    </section>
  );
}
