import { SortableTh } from '../tables/SortableTh';
import { useVirtualRows } from '../tables/useVirtualRows';
import { useEffect, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { columns, features, type PageRow } from './pageTableColumns';
import './memory.css';

export interface PageTableViewProps {
  pid: number;
  rows: PageRow[];
  /** a page whose row to light and scroll to (the MMU walkthrough's), or null */
  highlightVpn?: number | null;
}

/** Up to this many rows are all rendered; beyond, only those in view (a 2^20-page table stays responsive). */
const VIRTUALIZE_AFTER = 200;
/** Row height in CSS pixels, for the virtualizer's spacers; memory.css keeps rows at this height. */
const ROW_HEIGHT = 30;
const rowId = (r: PageRow): string => String(r.vpn);

/** The page table of one process, one row per mapped virtual page, sortable by any column. */
export function PageTableView({ pid, rows: data, highlightVpn = null }: PageTableViewProps) {
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
  // The highlighted row comes into view (the header row is one row tall) when it changes.
  const lit = highlightVpn === null ? -1 : rows.findIndex((r) => r.original.vpn === highlightVpn);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || lit < 0) return;
    const top = (lit + 1) * ROW_HEIGHT;
    if (top < el.scrollTop + ROW_HEIGHT || top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
  }, [lit, scrollRef]);

  return (
    <div ref={scrollRef} className="memory-table-scroll" tabIndex={0}>
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
            <tr
              key={row.id}
              aria-rowindex={row.index + 2}
              aria-current={row.original.vpn === highlightVpn ? 'true' : undefined}
              className={row.original.vpn === highlightVpn ? 'memory-row-lit' : undefined}
            >
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
