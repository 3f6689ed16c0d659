import { startTransition, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { FORMULAS, round2 } from '../../core/metrics/metrics';
import type { AppState } from '../../store/types';
import type { Frame } from '../../protocol';
import { useApp, useAppStore } from '../app/StoreContext';
import { exportFileName } from '../../store/exportFileName';
import { metricsCsv } from '../export/metricsCsv';
import { download } from '../files/download';
import { useProcessLabel } from '../naming/useNaming';
import { TimesChart } from './TimesChart';
import '../export/export.css';
import './metrics.css';
import { groupedDigits } from '../../core/groupedDigits';
import { groupedFigure } from './groupedFigure';

/** Bars beyond this many processes would be too thin to read; the process table lists every one. */
const MAX_CHART_PROCESSES = 60;
const selectFrame = (s: AppState) => s.slowFrame;
const selectPlaying = (s: AppState) => s.playing;

const num = (x: number | null): string => {
  const r = round2(x);
  return r === null ? '—' : groupedFigure(r);
};
const pct = (x: number): string => `${round2(x * 100)}%`;

interface Card {
  title: string;
  value: string;
  unit?: string;
  formula: string;
  detail?: ReactNode;
}

function cardsOf(s: Frame['summary']): Card[] {
  const avg = FORMULAS.averages;
  return [
    {
      title: 'Average turnaround',
      value: num(s.avgTurnaround),
      unit: 'ticks',
      formula: `${FORMULAS.turnaround}; ${avg}`,
    },
    { title: 'Average waiting', value: num(s.avgWaiting), unit: 'ticks', formula: `${FORMULAS.waiting}; ${avg}` },
    { title: 'Average response', value: num(s.avgResponse), unit: 'ticks', formula: `${FORMULAS.response}; ${avg}` },
    { title: 'Throughput', value: num(s.throughput), unit: 'per 100 ticks', formula: FORMULAS.throughput },
    {
      title: 'CPU utilisation',
      value: pct(s.cpuUtilization),
      formula: FORMULAS.cpuUtilization,
      detail: s.perCpuUtilization.length > 1 && <PerUnit prefix="CPU" values={s.perCpuUtilization} />,
    },
    ...(s.perGpuUtilization.length > 0
      ? [
          {
            title: 'GPU utilisation',
            value:
              s.perGpuUtilization.length === 1
                ? pct(s.perGpuUtilization[0] ?? 0)
                : `${s.perGpuUtilization.length} GPUs`,
            formula: FORMULAS.gpuUtilization,
            detail: s.perGpuUtilization.length > 1 && <PerUnit prefix="GPU" values={s.perGpuUtilization} />,
          },
        ]
      : []),
    {
      title: 'Context switches',
      value: groupedDigits(s.contextSwitches),
      formula: `${FORMULAS.contextSwitches} (${groupedDigits(s.switchTicks)} ticks spent switching)`,
    },
    { title: 'Deadline misses', value: groupedDigits(s.deadlineMisses), formula: FORMULAS.deadlineMisses },
  ];
}

function PerUnit({ prefix, values }: { prefix: string; values: number[] }) {
  return (
    <ul className="per-unit">
      {values.map((u, i) => (
        <li key={i}>
          {prefix} {i}: {pct(u)}
        </li>
      ))}
    </ul>
  );
}

/** Summary figures as of the current tick, each with the formula behind it, and per-process times. */
export function MetricsPanel() {
  // Deferred like the process table: the charts catch up in the background.
  const frame = useDeferredValue(useApp(selectFrame));
  const playing = useApp(selectPlaying);
  const store = useAppStore();
  if (!frame) return null;
  // The latest frame, not the deferred one: the file says exactly the tick the user stopped at.
  const exportCsv = () => {
    const latest = store.getState().frame ?? frame;
    download(exportFileName('metrics', 'csv', latest.tick), metricsCsv(latest), 'text/csv;charset=utf-8');
  };
  return (
    <section className="panel metrics-panel" aria-labelledby="metrics-title">
      <div className="metrics-head">
        <h2 id="metrics-title">Metrics at tick {frame.tick}</h2>
        <button type="button" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <div className="metric-cards">
        {cardsOf(frame.summary).map((c) => (
          <div key={c.title} className="metric-card" role="group" aria-label={c.title}>
            <div className="metric-title">{c.title}</div>
            <div className="metric-value">
              {c.value} {c.unit && <span className="metric-unit">{c.unit}</span>}
            </div>
            {c.detail}
            <p className="metric-formula">{c.formula}</p>
          </div>
        ))}
      </div>
      <p className="muted">
        Averages are over the {frame.summary.completed} completed process{frame.summary.completed === 1 ? '' : 'es'};
        “—” until one completes.
      </p>
      <ProcessTimesChart frame={frame} playing={playing} />
    </section>
  );
}

/**
 * The per-process chart follows the run while paused, and keeps its last picture while playing: redrawing
 * it a few times a second during a 10,000-process run cost more than a frame (the chart library's effects
 * run in one piece), and a chart that changes under the pointer is hard to read anyway.
 */
function ProcessTimesChart({ frame, playing }: { frame: Frame; playing: boolean }) {
  const [shown, setShown] = useState(frame);
  // A transition: the redraw on pause (and while stepping) is rendered in slices, so it never blocks the page in
  // one long task; the previous picture stays until the new one is ready.
  useEffect(() => {
    if (!playing && shown !== frame) startTransition(() => setShown(frame));
  }, [playing, frame, shown]);
  const label = useProcessLabel();
  const rows = useMemo(
    () =>
      shown.processes.slice(0, MAX_CHART_PROCESSES).map((p) => ({
        name: label(p),
        waiting: p.waiting,
        turnaround: p.turnaround,
        response: p.response,
      })),
    [shown, label],
  );
  return (
    <>
      {playing && (
        <p className="muted">The chart below shows tick {shown.tick}; it follows again when playback pauses.</p>
      )}
      <TimesChart label="Waiting, turnaround and response time per process (ticks)" groupLabel="Process" rows={rows} />
      {shown.processes.length > MAX_CHART_PROCESSES && (
        <p className="muted">
          The chart shows the first {MAX_CHART_PROCESSES} of {shown.processes.length} processes.
        </p>
      )}
    </>
  );
}
