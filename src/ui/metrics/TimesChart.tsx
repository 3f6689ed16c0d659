import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { round2 } from '../../core/metrics/metrics';
import { useMeasuredWidth } from './useMeasuredWidth';

/** One group of bars: a process, or a policy in the compare view. Times in ticks; null = not known yet. */
export interface TimesRow {
  name: string;
  waiting: number | null;
  turnaround: number | null;
  response: number | null;
}

/**
 * Paul Tol's "bright" blue, yellow and purple (colour-blind safe), each with its own fill pattern, so the
 * three series differ in more than colour; the legend names them too.
 */
const SERIES = [
  { key: 'waiting', label: 'Waiting', color: '#4477AA', pattern: 'solid' },
  { key: 'turnaround', label: 'Turnaround', color: '#CCBB44', pattern: 'stripes' },
  { key: 'response', label: 'Response', color: '#AA3377', pattern: 'dots' },
] as const;

interface Props {
  /** the accessible name of the chart and its caption */
  label: string;
  rows: readonly TimesRow[];
  /** header of the first column of the data table ("Process", "Scheduler") */
  groupLabel: string;
  height?: number;
}

/** A grouped bar chart of waiting / turnaround / response times, with its data as a table on demand. */
export function TimesChart({ label, rows, groupLabel, height = 260 }: Props) {
  // useId holds characters that url(#…) does not accept.
  const uid = useId().replace(/[^\w-]/g, '');
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(640);
  const [showData, setShowData] = useState(false);
  const data = rows.map((r) => ({
    name: r.name,
    waiting: round2(r.waiting),
    turnaround: round2(r.turnaround),
    response: round2(r.response),
  }));
  return (
    <figure className="times-chart" role="group" aria-label={label}>
      <figcaption>{label}</figcaption>
      <div ref={ref} className="times-chart-plot">
        <BarChart
          width={width}
          height={height}
          data={data}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          title={label}
        >
          <defs>
            {SERIES.map((s) => (
              <pattern
                key={s.key}
                id={`${uid}-${s.key}`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill={s.color} />
                {s.pattern === 'stripes' && <line x1="0" y1="0" x2="0" y2="6" stroke="#333" strokeWidth="2" />}
                {s.pattern === 'dots' && <circle cx="3" cy="3" r="1.3" fill="#fff" />}
              </pattern>
            ))}
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} label={{ value: 'ticks', angle: -90, position: 'insideLeft' }} />
          <Tooltip />
          <Legend />
          {SERIES.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={`url(#${uid}-${s.key})`}
              stroke={s.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </div>
      <details onToggle={(e) => setShowData(e.currentTarget.open)}>
        <summary>Show data</summary>
        {/* Built only when opened: a workload may have thousands of processes. */}
        {showData && (
          <table>
            <caption className="visually-hidden">{label}</caption>
            <thead>
              <tr>
                <th scope="col">{groupLabel}</th>
                {SERIES.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label} (ticks)
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((r) => (
                <tr key={r.name}>
                  <th scope="row">{r.name}</th>
                  <td>{r.waiting ?? '—'}</td>
                  <td>{r.turnaround ?? '—'}</td>
                  <td>{r.response ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
