import type { ReactNode } from 'react';
import {
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';
import { SortableTh } from '../tables/SortableTh';

export const sortedFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
export type SortedFeatures = typeof sortedFeatures;

interface Props<T extends RowData> {
  /** the table's accessible name (its scroll box is a region of that name) */
  label: string;
  caption: ReactNode;
  // any: each column has its own value type
  columns: ColumnDef<SortedFeatures, T, any>[];
  data: T[];
  rowId(row: T): string;
  /** the column whose cells head their rows */
  rowHeader: string;
  rowClass?(row: T): string | undefined;
  empty: string;
}

/** A table of the network panels, sortable by any column (press a header; again to reverse), scrolling in its box. */
export function SortedTable<T extends RowData>({
  label,
  caption,
  columns,
  data,
  rowId,
  rowHeader,
  rowClass,
  empty,
}: Props<T>) {
  const table = useTable({ features: sortedFeatures, columns, data, getRowId: rowId });
  const rows = table.getRowModel().rows;
  return (
    <div className="net-table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="net-table">
        <caption>{caption}</caption>
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
          {rows.map((row) => (
            <tr key={row.id} className={rowClass?.(row.original)}>
              {row.getAllCells().map((cell) =>
                cell.column.id === rowHeader ? (
                  <th key={cell.id} scope="row">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} className={typeof cell.getValue() === 'number' ? 'num' : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="muted">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
