import { useState, type ReactNode } from 'react';
import { useMeasuredWidth } from '../metrics/useMeasuredWidth';

interface Props {
  /** the accessible name of the chart and its caption */
  label: string;
  /** headers and rows of the "Show data" table: the chart's text alternative */
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** draws the chart at the measured width (recharts needs a number: ResponsiveContainer is blank in jsdom) */
  children: (width: number) => ReactNode;
}

/** A captioned chart with its data as a table on demand. */
export function ChartFigure({ label, columns, rows, children }: Props) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(560);
  const [showData, setShowData] = useState(false);
  return (
    <figure className="memory-chart" role="group" aria-label={label}>
      <figcaption>{label}</figcaption>
      <div ref={ref} className="memory-chart-plot">
        {children(width)}
      </div>
      <details onToggle={(e) => setShowData(e.currentTarget.open)}>
        <summary>Show data</summary>
        {/* Built only when opened: a long run has thousands of samples. */}
        {showData && (
          <div className="memory-table-scroll" tabIndex={0}>
            <table className="memory-table">
              <caption className="visually-hidden">{label}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((v, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {v}
                        </th>
                      ) : (
                        <td key={j}>{v}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </figure>
  );
}
