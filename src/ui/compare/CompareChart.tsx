import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { niceStep } from '../gantt/drawGantt';
import { patternCss } from '../theme/patternCss';
import type { Pattern } from '../theme/processLook';
import { compareRows, type MetricKey } from './compareRows';

/**
 * Paul Tol's "bright" blue, yellow and purple (colour-blind safe, as in the per-process chart), each with its
 * own fill pattern, so the series differ in more than colour; the legend names them too.
 */
const SERIES: { key: MetricKey; label: string; color: string; pattern: Pattern; ink: string }[] = [
  { key: 'avgWaiting', label: 'Waiting', color: '#4477AA', pattern: 'solid', ink: '#fff' },
  { key: 'avgTurnaround', label: 'Turnaround', color: '#CCBB44', pattern: 'stripes', ink: '#333' },
  { key: 'avgResponse', label: 'Response', color: '#AA3377', pattern: 'dots', ink: '#fff' },
];

/** About this many gridlines across the chart. */
const GRIDLINES = 5;

const fill = (s: (typeof SERIES)[number]): CSSProperties => ({
  backgroundColor: s.color,
  ...patternCss(s.pattern, s.ink),
});

const selectEntries = (s: AppState) => s.compareEntries;

export const CHART_LABEL = 'Average waiting, turnaround and response time per scheduler (ticks)';

/**
 * Horizontal bars, three per scheduler: the names sit on the left where they can wrap, never on a crowded
 * axis, and each bar carries its value. The axis below counts ticks.
 */
export function CompareChart() {
  const entries = useApp(selectEntries);
  const rows = useMemo(() => compareRows(entries), [entries]);
  if (rows.length === 0) return <p className="muted">No results yet: compare schedulers first.</p>;
  const largest = Math.max(1, ...rows.flatMap((r) => SERIES.map((s) => r[s.key] ?? 0)));
  const step = niceStep(largest / GRIDLINES);
  const top = Math.ceil(largest / step) * step;
  const marks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const grid: CSSProperties = { backgroundSize: `${(100 * step) / top}% 100%` };
  return (
    <figure className="compare-chart" role="group" aria-label={CHART_LABEL}>
      <figcaption>{CHART_LABEL}</figcaption>
      <ul className="cc-legend" aria-label="Legend">
        {SERIES.map((s) => (
          <li key={s.key}>
            <span className="cc-key" style={fill(s)} aria-hidden="true" /> {s.label}
          </li>
        ))}
      </ul>
      <div className="cc-plot">
        {rows.map((r) => (
          <div key={r.scheduler} className="cc-group">
            <div className="cc-name">{r.scheduler}</div>
            <div className="cc-bars" style={grid}>
              {SERIES.map((s) => {
                const v = r[s.key];
                return (
                  <div key={s.key} className="cc-line">
                    <span className="visually-hidden">{s.label}:</span>
                    <span className="cc-bar" style={{ ...fill(s), width: `${(100 * (v ?? 0)) / top}%` }} />
                    <span className="cc-value">{v ?? '—'}</span>
                  </div>
                );
              })}
            </div>
          </div>
        ))}
        <div className="cc-group cc-axis" aria-hidden="true">
          <div className="cc-name" />
          <div className="cc-scale">
            {marks.map((m) => (
              <span key={m} style={{ left: `${(100 * m) / top}%` }}>
                {m}
              </span>
            ))}
          </div>
        </div>
        <div className="cc-group cc-foot">
          <div className="cc-name" />
          <div className="cc-unit">ticks (average over the processes that finished)</div>
        </div>
      </div>
    </figure>
  );
}
