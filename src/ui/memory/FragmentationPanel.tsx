import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { MemorySnapshot } from '../../core/index';
import { ChartFigure } from './ChartFigure';
import { formatBytes, formatPercent } from './formatBytes';
import type { MemorySample } from './types';
import './memory.css';

export interface FragmentationPanelProps {
  samples: Pick<MemorySample, 'tick' | 'external' | 'freeFrames' | 'swapUsed' | 'pageFaults'>[];
  snapshot: MemorySnapshot;
  /** compacts memory; null when nothing was done */
  onDefragment(): Promise<{ moved: number; cost: number } | null>;
}

const CHART_HEIGHT = 220;
const INK = '#1f4e9e';

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
  const series = samples.map((s) => ({ tick: s.tick, external: Math.round(s.external * 1000) / 10 }));
  const holes = f.histogram.map(([size, count]) => ({ size, count }));

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
      <ChartFigure
        label="External fragmentation over time (%)"
        columns={['Tick', 'External fragmentation (%)', 'Free frames']}
        rows={samples.map((s, i) => [s.tick, series[i]?.external ?? 0, s.freeFrames])}
      >
        {(width) => (
          <LineChart
            width={width}
            height={CHART_HEIGHT}
            data={series}
            margin={{ top: 8, right: 12, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="tick" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} />
            <YAxis domain={[0, 100]} unit="%" />
            <Tooltip />
            <Line
              dataKey="external"
              name="External fragmentation (%)"
              stroke={INK}
              strokeWidth={2}
              dot={samples.length <= 60}
              isAnimationActive={false}
            />
          </LineChart>
        )}
      </ChartFigure>
      <ChartFigure
        label="Holes by size (frames)"
        columns={['Hole size (frames)', 'Holes']}
        rows={holes.map((h) => [h.size, h.count])}
      >
        {(width) => (
          <BarChart width={width} height={CHART_HEIGHT} data={holes} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="size" label={{ value: 'hole size (frames)', position: 'insideBottom', offset: -4 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name="Holes" fill={INK} isAnimationActive={false} />
          </BarChart>
        )}
      </ChartFigure>
    </section>
  );
}

function DefragmentOutcome({ outcome, after }: { outcome: Outcome; after: Outcome['before'] }) {
  if (!outcome.result)
    return <p className="memory-message">Nothing was moved: memory was already compact, or compaction was refused.</p>;
  return (
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
  );
}
