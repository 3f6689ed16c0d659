import { AXIS_HEIGHT, firstEndingAfter, xToTime, type GanttLayout } from './ganttLayout';
import type { GanttBar, GanttModel } from './toGanttRows';

/** The bar under a point (CSS pixels relative to the canvas), for the tooltip; null over labels, axis or gaps. */
export function hitTest(model: GanttModel, layout: GanttLayout, x: number, y: number): GanttBar | null {
  if (x < layout.labelWidth || x > layout.width || y < AXIS_HEIGHT) return null;
  const lane = model.lanes[Math.floor((y - AXIS_HEIGHT) / layout.laneHeight)];
  if (!lane) return null;
  const tick = xToTime(layout, x);
  const bar = lane.bars[firstEndingAfter(lane.bars, tick)];
  return bar && bar.start <= tick ? bar : null;
}
