import { timelineOf } from '../testing/timelineOf';
import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, type GanttLayout } from './ganttLayout';
import { hitTest } from './hitTest';
import { toGanttRows } from './toGanttRows';

const buffer = timelineOf;

// 100 ticks over 400 px after an 80 px label column: 4 px per tick.
const LAYOUT: GanttLayout = {
  width: 480,
  height: AXIS_HEIGHT + 60,
  viewStart: 0,
  viewEnd: 100,
  laneHeight: 30,
  labelWidth: 80,
  devicePixelRatio: 1,
  scale: 1,
};
const model = toGanttRows({
  timeline: buffer([
    [0, 0, 10, 1, 0],
    [0, 12, 20, 2, 0],
    [1, 5, 6, 3, 1],
  ]),
  cpus: 2,
  processes: [],
  processLanes: false,
});

describe('hitTest', () => {
  it('finds the bar under a point in the right lane', () => {
    expect(hitTest(model, LAYOUT, 80 + 4 * 15, AXIS_HEIGHT + 10)).toMatchObject({ pid: 2, start: 12, end: 20, cpu: 0 });
    expect(hitTest(model, LAYOUT, 80 + 4 * 5.5, AXIS_HEIGHT + 40)).toMatchObject({ pid: 3, kind: 1, cpu: 1 });
  });

  it('treats a bar as [start, end): its end belongs to the next one', () => {
    expect(hitTest(model, LAYOUT, 80 + 4 * 10, AXIS_HEIGHT + 10)).toBeNull();
    expect(hitTest(model, LAYOUT, 80 + 4 * 12, AXIS_HEIGHT + 10)).toMatchObject({ pid: 2 });
  });

  it('finds nothing over gaps, labels, the axis or below the lanes', () => {
    expect(hitTest(model, LAYOUT, 80 + 4 * 11, AXIS_HEIGHT + 10)).toBeNull();
    expect(hitTest(model, LAYOUT, 40, AXIS_HEIGHT + 10)).toBeNull();
    expect(hitTest(model, LAYOUT, 100, 5)).toBeNull();
    expect(hitTest(model, LAYOUT, 100, AXIS_HEIGHT + 70)).toBeNull();
  });

  it('follows the view when zoomed and panned', () => {
    const zoomed = { ...LAYOUT, viewStart: 10, viewEnd: 20 }; // 40 px per tick
    expect(hitTest(model, zoomed, 80 + 40 * 3, AXIS_HEIGHT + 10)).toMatchObject({ pid: 2 });
  });
});
