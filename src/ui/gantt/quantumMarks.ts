import { SEGMENT_KIND } from '../../protocol';
import { pxPerTick, timeToX, type GanttLayout } from './ganttLayout';
import type { GanttBar } from './toGanttRows';

/** Marks closer than this many CSS pixels would only grey the bar: none are drawn then. */
export const MIN_MARK_GAP = 4;

/**
 * Where a run bar's quanta ended inside it, as x positions in view: the engine merges a lone process's
 * back-to-back quanta into one segment (`quantum` > 0, the policy's loneRepickIsNoop), and the chart still shows
 * each quantum, as the textbooks draw one block per quantum. Empty for a bar of one quantum or less, or when
 * the marks would be too close to tell apart.
 */
export function quantumMarks(bar: GanttBar, quantum: number | null, layout: GanttLayout): number[] {
  if (quantum === null || bar.kind !== SEGMENT_KIND.run || bar.end - bar.start <= quantum) return [];
  if (quantum * pxPerTick(layout) < MIN_MARK_GAP * layout.scale) return [];
  const from = Math.max(bar.start + quantum, bar.start + Math.ceil((layout.viewStart - bar.start) / quantum) * quantum);
  const xs: number[] = [];
  for (let t = from; t < bar.end && t <= layout.viewEnd; t += quantum) xs.push(timeToX(layout, t));
  return xs;
}
