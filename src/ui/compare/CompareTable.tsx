import { useMemo } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { SortableTh } from '../tables/SortableTh';
import { groupedFigure } from '../metrics/groupedFigure';
import { compareRows, METRICS, type CompareRow, type MetricKey } from './compareRows';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, CompareRow>();

/** Each header's name and unit; the unit on its own line lets narrow columns wrap between words. */
const HEADERS: Record<MetricKey, [string, string]> = {
  avgWaiting: ['Avg waiting', 'ticks'],
  avgTurnaround: ['Avg turnaround', 'ticks'],
  avgResponse: ['Avg response', 'ticks'],
  throughput: ['Throughput', 'per 100 ticks'],
  cpuUtilization: ['CPU utilisation', '%'],
  contextSwitches: ['Context switches', 'count'],
  deadlineMisses: ['Deadline misses', 'count'],
  endTick: ['Ends at', 'tick'],
};

/** The best value of a column is bold and says "best" in words: never colour alone. */
function metricColumn(key: MetricKey) {
  const [name, unit] = HEADERS[key];
  return helper.accessor(key, {
    header: () => (
      <>
        {name} <span className="unit">({unit})</span>
      </>
    ),
    sortUndefined: 'last',
    cell: ({ getValue, row }) => {
      const v = getValue();
      if (v === undefined) return '—';
      return row.original.best[key] ? (
        <strong className="best">
          {groupedFigure(v)} <span className="best-tag">best</span>
        </strong>
      ) : (
        groupedFigure(v)
      );
    },
  });
}

const columns = helper.columns([
  helper.accessor('scheduler', { header: 'Scheduler' }),
  ...(Object.keys(METRICS) as MetricKey[]).map(metricColumn),
]);

const selectEntries = (s: AppState) => s.compareEntries;

/**
 * Each policy's figures from the last comparison, sortable by any column (click a header; again to reverse).
 * Headers wrap, and the table scrolls sideways inside its own box where it is still too wide.
 */
export function CompareTable() {
  const entries = useApp(selectEntries);
  const rows = useMemo(() => compareRows(entries), [entries]);
  const table = useTable({ features, columns, data: rows });
  if (rows.length === 0) return <p className="muted">No results yet: compare schedulers first.</p>;
  return (
    <div className="compare-scroll" role="region" aria-label="Results table" tabIndex={0}>
      <table className="compare-table">
        <caption>
          Results per scheduler. Lower is better except throughput and CPU utilisation; the best value of each column is
          marked “best”.
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableTh key={header.id} column={header.column}>
                  <table.FlexRender header={header} />
                </SortableTh>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) =>
                cell.column.id === 'scheduler' ? (
                  <th key={cell.id} scope="row">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
