import { describe, expect, it } from 'vitest';
import { SEGMENT_KIND } from '../../protocol';
import { timelineOf } from '../testing/timelineOf';
import { AXIS_HEIGHT, type GanttLayout } from './ganttLayout';
import { describeBar } from './describeBar';
import { drawGantt } from './drawGantt';
import { ganttSvg } from './ganttSvg';
import { quantumMarks } from './quantumMarks';
import { toGanttRows, type GanttBar } from './toGanttRows';

const layout = (viewStart: number, viewEnd: number): GanttLayout => ({
  width: 880,
  height: AXIS_HEIGHT + 28,
  viewStart,
  viewEnd,
  laneHeight: 28,
  labelWidth: 80,
  devicePixelRatio: 1,
  scale: 1,
});
const run = (start: number, end: number): GanttBar => ({ lane: 0, cpu: 0, start, end, pid: 1, kind: SEGMENT_KIND.run });

describe('quantumMarks', () => {
  it('marks where each merged quantum of a lone process ended inside its bar', () => {
    // 800 px over 20 ticks: 40 px per tick from x = 80.
    expect(quantumMarks(run(0, 16), 4, layout(0, 20))).toEqual([240, 400, 560]);
  });

  it('marks nothing in a bar of one quantum, an idle bar, or without merging', () => {
    expect(quantumMarks(run(0, 4), 4, layout(0, 20))).toEqual([]);
    expect(quantumMarks({ ...run(0, 16), kind: SEGMENT_KIND.idle }, 4, layout(0, 20))).toEqual([]);
    expect(quantumMarks(run(0, 16), null, layout(0, 20))).toEqual([]);
  });

  it('marks only what is in view, and nothing when the marks would be too close to tell apart', () => {
    expect(quantumMarks(run(0, 1e9), 4, layout(100, 110))).toEqual([80, 400, 720]);
    expect(quantumMarks(run(0, 1e9), 4, layout(0, 1e9))).toEqual([]);
  });

  it('is drawn as thin lines across the bar', () => {
    const model = toGanttRows({
      timeline: timelineOf([[0, 0, 12, 1, 0]]),
      cpus: 1,
      processes: [],
      processLanes: false,
      quantum: 4,
    });
    const moves: unknown[][] = [];
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (t, k: string) => (k in t ? t[k] : (...args: unknown[]) => void (k === 'moveTo' && moves.push(args))),
      set: (t, k: string, v) => ((t[k] = v), true),
    }) as unknown as CanvasRenderingContext2D;
    drawGantt(ctx, model, layout(0, 20));
    // 40 px per tick: the quanta end at ticks 4 and 8, inside the bar's padding.
    expect(moves).toEqual(
      expect.arrayContaining([
        [240.5, AXIS_HEIGHT + 3],
        [400.5, AXIS_HEIGHT + 3],
      ]),
    );
  });

  it('is in the exported SVG too', () => {
    const model = toGanttRows({
      timeline: timelineOf([[0, 0, 12, 1, 0]]),
      cpus: 1,
      processes: [],
      processLanes: false,
      quantum: 4,
    });
    expect(ganttSvg(model, layout(0, 20))).toMatch(/<path class="quanta" d="M240\.5,\S+ v\S+ M400\.5,/);
  });

  it('says in words how many quanta a merged bar holds (the tooltip and the segment table)', () => {
    expect(describeBar(run(10, 26), 'cpu', () => undefined, 4)).toBe(
      'P1 · CPU 0 · ticks 10–26 (16) · 4 quanta of 4, chosen again alone',
    );
    expect(describeBar(run(10, 14), 'cpu', () => undefined, 4)).toBe('P1 · CPU 0 · ticks 10–14 (4)');
    expect(describeBar(run(2_000, 10_000), 'cpu', () => undefined, 4)).toBe(
      'P1 · CPU 0 · ticks 2,000–10,000 (8,000) · 2,000 quanta of 4, chosen again alone',
    );
  });
});
