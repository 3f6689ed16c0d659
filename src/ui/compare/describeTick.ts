import { describeBar } from '../gantt/describeBar';
import { AXIS_HEIGHT } from '../gantt/ganttLayout';
import { hitTest } from '../gantt/hitTest';
import type { GanttModel } from '../gantt/toGanttRows';
import type { CompareLayout } from './compareLayout';

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
  const row = at.row === null ? undefined : rows[at.row];
  if (!row || at.row === null) return `Tick ${tick}`;
  const y = at.y - (layout.rowTops[at.row] ?? 0) + AXIS_HEIGHT;
  const bar = hitTest(row.model, layout.row, at.x - layout.nameWidth, y);
  const lane = bar ? row.model.lanes[bar.lane] : undefined;
  const what =
    bar && lane ? describeBar(bar, lane.kind, nameOf) : tick >= row.end ? `done (ended at tick ${row.end})` : 'nothing';
  return `Tick ${tick} · ${row.name}: ${what}`;
}
