import { useState } from 'react';
import type { MemorySnapshot } from '../../core/index';
import { FragmentationOverTime, HoleSizes, type FragmentationSample } from './FragmentationCharts';
import { useKeyed } from './useKeyed';
import { formatBytes, formatPercent } from './formatBytes';
import './memory.css';

export interface FragmentationPanelProps {
  /** the chart's points; pass a deferred copy so that scrubbing redraws the grid before the charts */
  samples: readonly FragmentationSample[];
  snapshot: MemorySnapshot;
  /** compacts memory; null when nothing was done */
  onDefragment(): Promise<{ moved: number; cost: number } | null>;
}

interface Outcome {
  before: { external: number; largestHole: number };
  result: { moved: number; cost: number } | null;
}

/**
 * External and internal fragmentation now and over time, the sizes of the holes, and compaction with its
 * effect. The "after" figures are read from the snapshot the container passes once compaction is done,
 * so they are always the simulator's, never a guess made here.
 */
export function FragmentationPanel({ samples, snapshot, onDefragment }: FragmentationPanelProps) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const f = snapshot.fragmentation;
  const free = f.histogram.reduce((s, [size, count]) => s + size * count, 0);
  const pageSize = snapshot.config.pageSize;

  const defragment = async () => {
    const before = { external: f.external, largestHole: f.largestHole };
    setPending(true);
    setFailure(null);
    try {
      setOutcome({ before, result: await onDefragment() });
    } catch (err) {
      setFailure(`Defragmentation failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setPending(false);
    }
  };

  const figures = [
    {
      title: 'External fragmentation',
      value: formatPercent(f.external),
      formula: `1 − largest hole ÷ free frames = 1 − ${f.largestHole} ÷ ${free}`,
    },
    { title: 'Holes', value: String(f.holes), formula: 'runs of free frames between allocated ones' },
    {
      title: 'Largest hole',
      value: `${f.largestHole} frames`,
      formula: `${formatBytes(f.largestHole * pageSize)}: the largest contiguous allocation that fits now`,
    },
    {
      title: 'Internal fragmentation',
      value: formatBytes(f.internalBytes),
      formula: 'Σ (pages × page size − bytes asked) over allocations: the unused end of each last page',
    },
  ];
  // A new snapshot comes with every tick change; the hole chart is laid out again only when the holes change.
  const holes = useKeyed(f.histogram, f.histogram.join(';'));

  return (
    <section className="fragmentation-panel" aria-label="Fragmentation">
      {/* Named groups rather than a <dl>: a group role inside a definition list breaks its semantics. */}
      <div className="memory-figures">
        {figures.map((x) => (
          <div key={x.title} className="memory-figure" role="group" aria-label={x.title}>
            <div className="memory-figure-title">{x.title}</div>
            <div>{x.value}</div>
            <div className="formula">{x.formula}</div>
          </div>
        ))}
      </div>
      <div className="memory-toolbar">
        <button type="button" className="primary" onClick={defragment} disabled={pending}>
          {pending ? 'Defragmenting…' : 'Defragment'}
        </button>
        {failure && (
          <p className="memory-message error" role="alert">
            {failure}
          </p>
        )}
      </div>
      {outcome && <DefragmentOutcome outcome={outcome} after={{ external: f.external, largestHole: f.largestHole }} />}
      <FragmentationOverTime samples={samples} />
      <HoleSizes histogram={holes} />
    </section>
  );
}

function DefragmentOutcome({ outcome, after }: { outcome: Outcome; after: Outcome['before'] }) {
  if (!outcome.result)
    return <p className="memory-message">Nothing was moved: memory was already compact, or compaction was refused.</p>;
  return (
    <>
      <table className="memory-table defragment-outcome">
        <caption>
          Defragmented: {outcome.result.moved} page{outcome.result.moved === 1 ? '' : 's'} moved, cost{' '}
          {outcome.result.cost} ticks
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">External fragmentation</th>
            <td>{formatPercent(outcome.before.external)}</td>
            <td>{formatPercent(after.external)}</td>
          </tr>
          <tr>
            <th scope="row">Largest hole (frames)</th>
            <td>{outcome.before.largestHole}</td>
            <td>{after.largestHole}</td>
          </tr>
        </tbody>
      </table>
      {outcome.result.cost > 0 && (
        <p className="memory-message">
          Until those {outcome.result.cost} ticks have passed, the processes whose pages moved cannot use their memory:
          any of them that runs before waits for it (WAITING for memory), as the narration says.
        </p>
      )}
    </>
  );
}
