import { SortableTh } from './SortableTh';
import { useVirtualRows } from './useVirtualRows';
import { useDeferredValue, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import type { ProcessMetrics } from '../../core/index';
import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { useTextbook } from '../naming/useNaming';
import { columnsLeftOut, columnVisibility, readHidden, storeHidden } from './columnChoice';
import { ColumnsMenu } from './ColumnsMenu';
import { columns, features } from './processColumns';
import './tables.css';

const selectSlowFrame = (s: AppState) => s.slowFrame;
const selectHasMemory = (s: AppState) => s.scenario?.memory !== undefined;
const NO_PROCESSES: ProcessMetrics[] = [];
/** Up to this many rows are all rendered; beyond, only the rows in view (10,000 processes stay responsive). */
const VIRTUALIZE_AFTER = 200;
/** Row height in CSS pixels, for the virtualizer's spacers; tables.css keeps rows at this height. */
const ROW_HEIGHT = 34;
const rowId = (p: ProcessMetrics): string => String(p.pid);
/** The columns that stay in view when the table scrolls sideways (tables.css sizes them). */
const STICKY: Readonly<Record<string, string>> = { pid: 'sticky-pid', name: 'sticky-name' };

/**
 * Every process with its figures, sortable by any column, with the columns of one's choice (remembered) and a
 * menu of actions per process; PID and name stay in view when it scrolls sideways.
 */
export function ProcessTable() {
  // Deferred: React renders the new rows in the background, in slices, so the page never stalls on them.
  const slowFrame = useDeferredValue(useApp(selectSlowFrame));
  const data = slowFrame?.processes ?? NO_PROCESSES;
  const [sorting, setSorting] = useState<SortingState>([]);
  const [hidden, setHidden] = useState(readHidden);
  const context = { textbook: useTextbook(), memory: useApp(selectHasMemory) };
  const leftOut = columnsLeftOut(context);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: rowId,
    state: { sorting, columnVisibility: columnVisibility(hidden, context) },
    onSortingChange: setSorting,
  });
  const choose = (next: string[]) => {
    setHidden(next);
    storeHidden(next);
  };
  const options = table
    .getAllLeafColumns()
    .filter((c) => c.getCanHide() && !leftOut.includes(c.id))
    .map((c) => ({ id: c.id, header: String(c.columnDef.header) }));
  const rows = table.getRowModel().rows;
  const { scrollRef, virtual, shown, padTop, padBottom } = useVirtualRows(rows, ROW_HEIGHT, VIRTUALIZE_AFTER);
  const width = table.getVisibleLeafColumns().length;

  return (
    <section className="panel" aria-labelledby="process-table-heading">
      {/* The tick is in the heading: while playing, the table follows a few times a second. */}
      <div className="process-table-head">
        <h2 id="process-table-heading">
          Processes{slowFrame && <span className="muted"> at tick {slowFrame.tick}</span>}
        </h2>
        <div className="process-table-tools">
          <ColumnsMenu options={options} hidden={hidden} onChange={choose} />
        </div>
      </div>
      <div ref={scrollRef} className={virtual ? 'process-table-wrap virtual' : 'process-table-wrap'}>
        <table className="process-table" aria-label="Processes" aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <SortableTh key={header.id} column={header.column} className={STICKY[header.column.id]}>
                    <table.FlexRender header={header} />
                  </SortableTh>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
            {shown.map((row) => (
              <tr key={row.id} aria-rowindex={row.index + 2} className={`state-${row.original.state.toLowerCase()}`}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={STICKY[cell.column.id]}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            {rows.length === 0 && (
              <tr>
                <td colSpan={width} className="muted">
                  No processes.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
