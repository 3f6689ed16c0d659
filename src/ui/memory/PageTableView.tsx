import { SortableTh } from '../tables/SortableTh';
import { useVirtualRows } from '../tables/useVirtualRows';
import { useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { columns, features, type PageRow } from './pageTableColumns';
import './memory.css';

export interface PageTableViewProps {
  pid: number;
  rows: PageRow[];
}

/** Up to this many rows are all rendered; beyond, only those in view (a 2^20-page table stays responsive). */
const VIRTUALIZE_AFTER = 200;
/** Row height in CSS pixels, for the virtualizer's spacers; memory.css keeps rows at this height. */
const ROW_HEIGHT = 30;
const rowId = (r: PageRow): string => String(r.vpn);

/** The page table of one process, one row per mapped virtual page, sortable by any column. */
export function PageTableView({ pid, rows: data }: PageTableViewProps) {
  const [sorting, setSorting] = useState<SortingState>([]);
  // Ascending first for every column, numbers included: "page 0 first" is what a page table reads like.
  const table = useTable({
    features,
    columns,
    data,
    getRowId: rowId,
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: setSorting,
  });
  const rows = table.getRowModel().rows;
  const { scrollRef, shown, padTop, padBottom } = useVirtualRows(rows, ROW_HEIGHT, VIRTUALIZE_AFTER);
  const label = `Page table of P${pid}`;

  return (
    <div ref={scrollRef} className="memory-table-scroll">
      <table className="memory-table" aria-label={label} aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortableTh key={header.id} column={header.column}>
                  <table.FlexRender header={header} />
                </SortableTh>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {shown.map((row) => (
            <tr key={row.id} aria-rowindex={row.index + 2}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="muted">
                P{pid} has no pages.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
