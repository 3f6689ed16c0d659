import type { ReactNode } from 'react';

export interface Column<R> {
  label: string;
  cell: (row: R, index: number) => ReactNode;
  /** a class for the column's cells, e.g. 'mono' for addresses */
  className?: string;
}

interface Props<R> {
  caption: ReactNode;
  columns: Column<R>[];
  rows: readonly R[];
  /** the first column names the row (a job id): a row header for screen readers */
  rowHeader?: boolean;
  /** a summary row under the body, one cell per column (the first is its header) */
  foot?: ReactNode[];
  /** long tables scroll inside a focusable group with this name */
  scrollLabel?: string;
  rowClass?: (row: R) => string | undefined;
  /** as wide as its contents need (long cells), instead of narrow */
  wide?: boolean;
}

/** One table of an OSTEP answer: a caption, a header row, one row per item and an optional summary row. */
export function AnswerTable<R>({
  caption,
  columns,
  rows,
  rowHeader = false,
  foot,
  scrollLabel,
  rowClass,
  wide = false,
}: Props<R>) {
  const table = (
    <table className={wide ? 'ostep-table' : 'ostep-table narrow'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className={rowClass?.(row)}>
            {columns.map((c, k) =>
              rowHeader && k === 0 ? (
                <th key={c.label} scope="row">
                  {c.cell(row, i)}
                </th>
              ) : (
                <td key={c.label} className={c.className}>
                  {c.cell(row, i)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr>
            {foot.map((cell, k) =>
              k === 0 ? (
                <th key={k} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={k}>{cell}</td>
              ),
            )}
          </tr>
        </tfoot>
      )}
    </table>
  );
  if (!scrollLabel) return table;
  return (
    <div className="ostep-scroll" tabIndex={0} role="group" aria-label={scrollLabel}>
      {table}
    </div>
  );
}
