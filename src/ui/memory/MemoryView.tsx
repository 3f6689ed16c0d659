import { SubjectPresets } from '../workload/SubjectPresets';
import { useCallback, useDeferredValue, useState } from 'react';
import { useShallow } from '../app/useShallow';
import type { MemoryType, ProcessMetrics } from '../../core/index';
import { processNames } from '../../store/processNames';
import { refusalText } from '../../store/results';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { AccessMonitor } from './AccessMonitor';
import { DrawsSamples } from './DrawsSamples';
import { FragmentationPanel } from './FragmentationPanel';
import { MemoryActions } from './MemoryActions';
import { operateAndAnswer } from './operateAndAnswer';
import { MemoryGrid } from './MemoryGrid';
import { MmuWalkthrough } from './MmuWalkthrough';
import { RegisterWalkthrough } from './RegisterWalkthrough';
import { PageTablePanel } from './PageTablePanel';
import { PoolsPanel } from './PoolsPanel';
import { ReplacementComparison } from './ReplacementComparison';
import { SwapMonitor } from './SwapMonitor';
import { SwapView } from './SwapView';
import { TlbPanel } from './TlbPanel';
import { turnOnMemory } from '../workload/memoryFit';
import { useTextbook } from '../naming/useNaming';
import { Stage, type PanelContent } from '../stage/Stage';
import type { FormAnswer } from './types';
import type { MmuFocus } from './walkFocus';
import { LivePids } from './LivePids';
import { useSettledValue } from './useSettledValue';
import './memory.css';

const selectMemory = (s: AppState) => ({
  config: s.scenario?.memory,
  snapshot: s.memory,
  samples: s.memorySamples,
  recent: s.memoryRecent,
  waiting: s.memoryWaiting,
  playing: s.playing,
  presenting: s.presenting,
  tlb: s.frame?.memory?.tlb ?? null,
  registerAccess: s.frame?.memory?.registerAccess ?? null,
});

const selectNames = (s: AppState) => processNames(s.processIndex, s.slowFrame?.processes ?? NO_ROWS);
const NO_ROWS: ProcessMetrics[] = [];

/** The charts and the page table wait for the time to rest this long (ms); while playing, at most MAX_STALE_MS. */
const SETTLE_MS = 150;
const MAX_STALE_MS = 1000;

/**
 * The Memory view: connects the memory panels to the store. Every action goes to the simulation as an
 * operation at the current tick (so it is recorded and replayed); the walkthrough is a dry run.
 */
export function MemoryView() {
  const store = useAppStore();
  const { config, snapshot, samples, recent, waiting, playing, presenting, tlb, registerAccess } = useApp(
    useShallow(selectMemory),
  );
  // What the MMU walkthrough's current step points at: lit in the grid, the page table and the TLB.
  const [focus, setFocus] = useState<MmuFocus | null>(null);
  // Textbook names: processes are plain P1…Pn, and the node's AI and blockchain pools are not shown.
  const textbook = useTextbook();
  // The same map while the processes are (not made again for every frame's rows).
  const byPid = useApp(selectNames);
  const names = useCallback((pid: number) => (textbook ? undefined : byPid.get(pid)), [byPid, textbook]);
  // Scrubbing: the grid follows each tick at once; the charts and the page table follow when the slider
  // rests, and during playback at least every MAX_STALE_MS.
  const maxStale = playing ? MAX_STALE_MS : Infinity;
  const lateSamples = useDeferredValue(useSettledValue(samples, SETTLE_MS, maxStale));
  const lateSnapshot = useDeferredValue(useSettledValue(snapshot, SETTLE_MS, maxStale));

  if (!config) {
    return (
      <section className="panel" aria-labelledby="memory-off">
        <h2 id="memory-off">Memory management is off</h2>
        <p>
          This scenario has no memory section, so processes' memory needs are only recorded. Turn it on with the lesson
          defaults (64 frames of 4 KiB, 128 pages of swap, LRU), or load one of the memory presets.
        </p>
        <button type="button" className="primary" onClick={() => void turnOnMemory(store)}>
          Turn on memory management
        </button>
        <SubjectPresets subject="memory" title="Memory presets" />
      </section>
    );
  }
  if (!snapshot) return <p className="muted">Loading memory…</p>;

  const operate = (request: Parameters<AppState['operate']>[0]): Promise<FormAnswer> =>
    operateAndAnswer(store, request);

  const pageTable = lateSnapshot && (
    <LivePids>{(live) => <PageTablePanel pids={live} snapshot={lateSnapshot} focus={focus} />}</LivePids>
  );
  const panels: PanelContent = {
    pools: { render: () => <PoolsPanel snapshot={snapshot} />, hidden: textbook },
    swap: { render: () => <SwapView snapshot={snapshot} names={names} /> },
    mmu: {
      // The walkthrough lights the TLB entry and the page-table row it uses: they sit beside it. Under a register
      // mode there is no page table to walk: the registers' walkthrough follows the current access instead.
      render: () =>
        config.mmu && config.mmu.mode !== 'paging' ? (
          <RegisterWalkthrough current={registerAccess} />
        ) : (
          <>
            <LivePids>
              {(live) => (
                <MmuWalkthrough
                  pids={live}
                  pageSize={config.pageSize}
                  levels={config.pageTableLevels}
                  virtualBits={config.virtualBits}
                  swapInTicks={config.swapInTicks}
                  onFocus={setFocus}
                  onTranslate={async (pid, address, access) => {
                    const r = await store.getState().translate(pid, address, access);
                    if (!r.ok) throw new Error(refusalText(r));
                    return r.translation;
                  }}
                />
              )}
            </LivePids>
            <div className="grid-2">
              {tlb && <TlbPanel tlb={tlb} names={names} focus={focus} />}
              {pageTable}
            </div>
            <RegisterWalkthrough />
          </>
        ),
    },
    'page-table': { render: () => pageTable },
    fragmentation: {
      render: () => (
        <DrawsSamples>
          <FragmentationPanel
            samples={lateSamples}
            snapshot={snapshot}
            onDefragment={async () => {
              const compacted = await store.getState().operate({ op: 'compact', movePinned: false });
              // An accepted compaction is the latest one; a refused one leaves nothing to show.
              const done = compacted.ok ? compacted.frame.memory?.lastCompaction : null;
              return done ? { moved: done.moved, cost: done.cost } : null;
            }}
          />
        </DrawsSamples>
      ),
    },
    'over-time': {
      render: () => (
        <DrawsSamples>
          <SwapMonitor samples={lateSamples} slots={snapshot.swap.slots} />
          <AccessMonitor samples={lateSamples} />
        </DrawsSamples>
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
        <LivePids>
          {(live) => (
            <MemoryActions
              pids={live}
              virtualBits={config.virtualBits}
              maxBytes={config.physicalBytes + config.swapBytes}
              onAllocate={(pid, bytes, memoryType: MemoryType) => operate({ op: 'allocate', pid, bytes, memoryType })}
              onDeallocate={(pid, address) => operate({ op: 'deallocate', pid, address })}
              onAccess={(pid, address, access) => operate({ op: 'access', pid, address, access })}
              onDefragment={() => operate({ op: 'compact', movePinned: false })}
            />
          )}
        </LivePids>
      ),
    },
  };
  const picture = (
    <div className="memory-picture">
      {waiting.length > 0 && (
        <section className="memory-waiting" aria-labelledby="memory-waiting">
          <h2 id="memory-waiting">Waiting in NEW for memory</h2>
          <ul>
            {/* By place, not pid: a far jump changes most of the list, and its items are then given other text
                rather than removed and made again. */}
            {waiting.map((w, i) => (
              <li key={i}>
                P{w.pid} {names(w.pid)}: {w.why}
              </li>
            ))}
          </ul>
        </section>
      )}
      <MemoryGrid
        snapshot={snapshot}
        names={names}
        recent={recent}
        highlight={focus?.frame ?? null}
        presenting={presenting}
      />
    </div>
  );
  return <Stage view="memory" label="Memory" picture={picture} panels={panels} />;
}
