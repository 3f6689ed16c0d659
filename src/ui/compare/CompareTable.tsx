import { SortableTh } from '../tables/SortableTh';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { METRICS, type CompareRow, type MetricKey } from './compareRows';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, CompareRow>();

const HEADERS: Record<MetricKey, string> = {
  avgWaiting: 'Avg waiting',
  avgTurnaround: 'Avg turnaround',
  avgResponse: 'Avg response',
  throughput: 'Throughput /100 ticks',
  cpuUtilization: 'CPU utilisation %',
  contextSwitches: 'Context switches',
  deadlineMisses: 'Deadline misses',
  endTick: 'End tick',
};

/** The best value of a column is bold and says "best" in words: never colour alone. */
function metricColumn(key: MetricKey) {
  return helper.accessor(key, {
    header: HEADERS[key],
    sortUndefined: 'last',
    cell: ({ getValue, row }) => {
      const v = getValue();
      if (v === undefined) return '—';
      return row.original.best[key] ? (
        <strong className="best">
          {v} <span className="best-tag">best</span>
        </strong>
      ) : (
        v
      );
    },
  });
}

const columns = helper.columns([
  helper.accessor('scheduler', { header: 'Scheduler' }),
  ...(Object.keys(METRICS) as MetricKey[]).map(metricColumn),
]);

/** Each policy's figures, sortable by any column (click a header; again to reverse). */
export function CompareTable({ rows }: { rows: CompareRow[] }) {
  const table = useTable({ features, columns, data: rows });
  return (
    <div className="compare-scroll">
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
