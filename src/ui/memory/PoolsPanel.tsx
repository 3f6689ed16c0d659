import { useState } from 'react';
import type { MemorySnapshot } from '../../core/index';
import { POOL_LABEL } from '../workload/memoryLabels';
import { millis, ticks } from './formatTicks';
import { UsageMeter } from './UsageMeter';
import './memory.css';

export interface PoolsPanelProps {
  snapshot: MemorySnapshot;
}

/** The meters' own names for the two totals (short, as meter labels); the parts are named as the pools are. */
const CONSTRAINT_LABEL: Record<string, string> = {
  aiTotal: 'All AI memory',
  blockchainTotal: 'All blockchain memory',
  ...POOL_LABEL,
};

const allocations = (n: number): string => `${n} allocation${n === 1 ? '' : 's'}`;

/**
 * An alert's identity: its words without its figures, so "Swap is 85 % used" that becomes "Swap is 86 %
 * used" on the next tick is the same alert, not a new one to announce.
 */
const alertKey = (alert: string): string => alert.replace(/\d[\d.,]*/g, '#');

/**
 * Memory pools and constraints as usage bars against their limits, general memory (USER and CACHE, in no pool)
 * as a bar against all of memory, and the alerts. An alert is announced
 * (role="alert") only when it first appears, so a screen reader is not told the same alerts on every tick.
 */
export function PoolsPanel({ snapshot }: PoolsPanelProps) {
  const alerts = snapshot.alerts;
  // Alerts seen before the current list, kept as state adjusted during render when the list changes.
  const [previous, setPrevious] = useState(alerts);
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set(alerts.map(alertKey)));
  if (alerts !== previous) {
    setPrevious(alerts);
    setSeen(new Set(previous.map(alertKey)));
  }
  const frames = Math.max(snapshot.frames, 1);
  return (
    <section className="pools-panel" aria-label="Memory pools">
      <h3>Pools</h3>
      {snapshot.pools.map((p) => (
        <UsageMeter
          key={p.name}
          label={POOL_LABEL[p.name]}
          used={p.usedFrames / frames}
          limit={p.fraction}
          detail={`${p.usedFrames} of ${p.limitFrames} frames · ${allocations(p.allocations)}, ${p.refusals} refused`}
        />
      ))}
      <UsageMeter
        label="General memory (user, cache)"
        used={snapshot.general.usedFrames / frames}
        detail={`${snapshot.general.usedFrames} frames · ${allocations(snapshot.general.allocations)} · in no pool: any free frame, swapped out when memory is short`}
      />
      <PoolPerformance snapshot={snapshot} />
      {snapshot.constraints.length > 0 && <h3>Constraints</h3>}
      {snapshot.constraints.map((c) => (
        <UsageMeter key={c.name} label={CONSTRAINT_LABEL[c.name] ?? c.name} used={c.used} limit={c.limit} />
      ))}
      <h3>Alerts</h3>
      {alerts.length === 0 ? (
        <p className="muted">No alerts.</p>
      ) : (
        <ul className="memory-alerts">
          {alerts.map((a, i) => (
            <li key={`${i}-${a}`}>{seen.has(alertKey(a)) ? a : <span role="alert">{a}</span>}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * References to each pool's pages and the ticks they took on average (each its memory type's latency: tier 1 a few
 * ticks, tier 2 fifteen to twenty), and the ticks processes stalled on their references in all.
 */
function PoolPerformance({ snapshot }: PoolsPanelProps) {
  const stalled = snapshot.stats.stallTicks;
  return (
    <>
      <h3 id="pool-performance-title">Performance</h3>
      <table className="memory-table pool-performance" aria-labelledby="pool-performance-title">
        <thead>
          <tr>
            <th scope="col">Pool</th>
            <th scope="col">References</th>
            <th scope="col">Average latency</th>
          </tr>
        </thead>
        <tbody>
          {[
            ...snapshot.pools.map((p) => ({ ...p, label: POOL_LABEL[p.name] })),
            { ...snapshot.general, label: 'General memory' },
          ].map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{p.references}</td>
              <td>{p.references === 0 ? '—' : `${p.averageLatency.toFixed(1)} ticks (${millis(p.averageLatency)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="usage-detail">
        {stalled === 0
          ? 'No process has stalled on a memory reference yet.'
          : `Processes stalled ${ticks(stalled)} (${millis(stalled)}) on their memory references, running on their CPUs without progress: page latency and page-table walks.`}
      </p>
    </>
  );
}
