import { useMemo } from 'react';
import { describeBar } from './describeBar';
import { isStateKind } from './stateLook';
import type { GanttBar, GanttModel } from './toGanttRows';
import { groupedDigits } from '../../core/groupedDigits';

/** Rows in the text alternative; a screen-reader table of 10,000 rows helps nobody. */
const MAX_ROWS = 200;

/**
 * The chart's CPU and GPU lanes as a table, with the states the process lanes show (their runs are the CPU
 * segments already listed): the latest MAX_ROWS rows in time order.
 */
export function SegmentTable({ model, nameOf }: { model: GanttModel; nameOf: (pid: number) => string | undefined }) {
  const rows = useMemo(() => {
    const all: { bar: GanttBar; text: string }[] = [];
    let states = 0;
    for (const lane of model.lanes) {
      for (const bar of lane.bars) {
        const state = isStateKind(bar.kind);
        if (lane.kind === 'process' && !state) continue;
        if (state) states++;
        all.push({ bar, text: describeBar(bar, lane.kind, nameOf, model.quantum ?? null) });
      }
    }
    all.sort((a, b) => a.bar.start - b.bar.start || a.bar.lane - b.bar.lane);
    return { total: all.length, states, shown: all.slice(-MAX_ROWS) };
  }, [model, nameOf]);
  const what = rows.states > 0 ? 'segments and states' : 'segments';
  return (
    <table className="gantt-segments">
      <caption>
        {rows.total > rows.shown.length
          ? `The latest ${groupedDigits(rows.shown.length)} of ${groupedDigits(rows.total)} ${what}`
          : `${groupedDigits(rows.total)} ${what}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Start</th>
          <th scope="col">End</th>
          <th scope="col">Segment</th>
        </tr>
      </thead>
      <tbody>
        {rows.shown.map(({ bar, text }) => (
          <tr key={`${bar.lane}-${bar.start}`}>
            <td>{groupedDigits(bar.start)}</td>
            <td>{groupedDigits(bar.end)}</td>
            <td>{text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
