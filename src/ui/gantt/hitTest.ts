import { axisHeight, firstEndingAfter, xToTime, type GanttLayout } from './ganttLayout';
import type { GanttBar, GanttModel } from './toGanttRows';

/** The bar under a point (CSS pixels relative to the canvas), for the tooltip; null over labels, axis or gaps. */
export function hitTest(model: GanttModel, layout: GanttLayout, x: number, y: number): GanttBar | null {
  const top = axisHeight(layout);
  if (x < layout.labelWidth || x > layout.width || y < top) return null;
  const lane = model.lanes[Math.floor((y - top) / layout.laneHeight)];
  if (!lane) return null;
  const tick = xToTime(layout, x);
  const bar = lane.bars[firstEndingAfter(lane.bars, tick)];
  return bar && bar.start <= tick ? bar : null;
}
