import { SEGMENT_KIND } from '../../protocol';
import { describeBar } from '../gantt/describeBar';
import { AXIS_HEIGHT, firstEndingAfter } from '../gantt/ganttLayout';
import { hitTest } from '../gantt/hitTest';
import type { GanttBar, GanttModel } from '../gantt/toGanttRows';
import type { CompareLayout } from './compareLayout';
import { groupedDigits } from '../../core/groupedDigits';

/** A schedule as the pointer reads it. */
export interface RowInfo {
  name: string;
  model: GanttModel;
  /** the tick its run ended */
  end: number;
}

/** Where the pointer is, in CSS pixels from the top left of the rows (below the axis). */
export interface PointerAt {
  tick: number;
  x: number;
  y: number;
  row: number | null;
}

/**
 * The tooltip: "Tick 7 · SJF: P2 mid · CPU 0 · ticks 5–9 (4)". The tick is the same whichever row the
 * pointer is in, since all share one axis; a row's own canvas starts below its cut-off axis.
 */
export function describeTick(
  at: PointerAt,
  layout: CompareLayout,
  rows: readonly RowInfo[],
  nameOf: (pid: number) => string | undefined,
): string {
  const tick = Math.floor(at.tick);
  const said = groupedDigits(tick);
  const row = at.row === null ? undefined : rows[at.row];
  if (!row || at.row === null) return `Tick ${said}`;
  const y = at.y - (layout.rowTops[at.row] ?? 0) + AXIS_HEIGHT;
  const bar = hitTest(row.model, layout.row, at.x - layout.nameWidth, y);
  const lane = bar ? row.model.lanes[bar.lane] : undefined;
  const what =
    bar && lane
      ? describeBar(bar, lane.kind, nameOf, row.model.quantum ?? null)
      : tick >= row.end
        ? `done (ended at tick ${groupedDigits(row.end)})`
        : 'nothing';
  return `Tick ${said} · ${row.name}: ${what}`;
}

/** "P3 llm-infer", "idle", "switching to P3 llm-infer". */
function who(bar: GanttBar, nameOf: (pid: number) => string | undefined): string {
  if (bar.kind === SEGMENT_KIND.idle) return 'idle';
  const name = `P${bar.pid}${nameOf(bar.pid) ? ` ${nameOf(bar.pid)}` : ''}`;
  return bar.kind === SEGMENT_KIND.switch ? `switching to ${name}` : name;
}

/**
 * One tick across every schedule, for the keyboard: "Tick 7. FIFO: CPU 0 P1 long, GPU 0 idle; SJF: done." —
 * what a sighted reader gets by looking down the column.
 */
export function describeColumn(
  tick: number,
  rows: readonly RowInfo[],
  nameOf: (pid: number) => string | undefined,
): string {
  const parts = rows.map((r) => {
    if (tick >= r.end) return `${r.name}: done`;
    const lanes = r.model.lanes.map((lane) => {
      const bar = lane.bars[firstEndingAfter(lane.bars, tick)];
      return `${lane.label} ${bar && bar.start <= tick ? who(bar, nameOf) : 'nothing'}`;
    });
    return `${r.name}: ${lanes.join(', ')}`;
  });
  return `Tick ${groupedDigits(tick)}. ${parts.join('; ')}.`;
}
