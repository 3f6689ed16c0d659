import { describe, expect, it } from 'vitest';
import { packSegments } from '../../worker/frame';
import { LIGHT_CANVAS } from '../theme/canvasPalette';
import { describeBar } from './describeBar';
import { drawGantt } from './drawGantt';
import { keyItems } from './ganttKey';
import { AXIS_HEIGHT } from './ganttLayout';
import { ganttSvg } from './ganttSvg';
import { toGanttRows } from './toGanttRows';

/** A run cold then warm on CPU 0 and an idle stretch on CPU 1 (caches on), as the worker packs them. */
const segments = (firstWarm: boolean) =>
  packSegments(
    [
      { cpu: 0, start: 0, end: 10, pid: 1, kind: 'run', warm: firstWarm },
      { cpu: 0, start: 10, end: 20, pid: 1, kind: 'run', warm: true },
      { cpu: 1, start: 0, end: 20, pid: null, kind: 'idle' },
    ],
    0,
  );
const modelOf = (data: Int32Array) =>
  toGanttRows({
    timeline: { data, rows: data.length / 5, epoch: 1 },
    cpus: 2,
    processes: [{ pid: 1, name: 'job', type: 'USER' }],
    processLanes: true,
    tick: 20,
  });
const model = modelOf(segments(false));

const layout = {
  width: 600,
  height: AXIS_HEIGHT + 28 * 3,
  viewStart: 0,
  viewEnd: 20,
  laneHeight: 28,
  labelWidth: 80,
  devicePixelRatio: 1,
  scale: 1,
};

/** How many clipped patterns drawing `m` makes (a process's own pattern, the idle hatch, a cold run's hatch). */
function clipsOf(m: ReturnType<typeof modelOf>): number {
  let clips = 0;
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (target, key: string) => (key in target ? target[key] : () => void (key === 'clip' && clips++)),
    set: (target, key: string, value) => ((target[key] = value), true),
  });
  drawGantt(ctx as unknown as CanvasRenderingContext2D, m, layout, LIGHT_CANVAS);
  return clips;
}

describe('warm and cold runs in the Gantt (node.cache on)', () => {
  it('carries each run’s warmth from the worker to the bars of its CPU lane and its process lane', () => {
    const runs = model.lanes.flatMap((l) => l.bars.filter((b) => b.pid === 1).map((b) => [l.label, b.warm]));
    expect(runs).toEqual([
      ['CPU 0', false],
      ['CPU 0', true],
      ['P1 job', false],
      ['P1 job', true],
    ]);
    expect(model.warmth).toBe(true);
    // The idle bar's kind reads as before: warmth rides on runs only.
    expect(model.lanes[1]?.bars[0]).toEqual({ lane: 1, cpu: 1, start: 0, end: 20, pid: -1, kind: 2 });
  });

  it('says warm or cold in the bar’s description, and nothing about caches without them', () => {
    const [cold, warm] = model.lanes[0]?.bars ?? [];
    expect(cold && describeBar(cold, 'cpu', () => 'job')).toBe('P1 job · CPU 0 · ticks 0–10 (10) · cold cache');
    expect(warm && describeBar(warm, 'cpu', () => 'job')).toBe('P1 job · CPU 0 · ticks 10–20 (10) · warm cache');
    const plain = toGanttRows({
      timeline: { data: packSegments([{ cpu: 0, start: 0, end: 4, pid: 1, kind: 'run' }], 0), rows: 1, epoch: 1 },
      cpus: 1,
      processes: [],
      processLanes: false,
    });
    expect(plain.warmth).toBeUndefined();
    expect(plain.lanes[0]?.bars[0]?.warm).toBeUndefined();
  });

  it('hatches the cold runs only: the same run with its first stretch warm draws one pattern fewer per lane', () => {
    // The cold stretch is in CPU 0's lane and in P1's process lane: two hatches.
    expect(clipsOf(model) - clipsOf(modelOf(segments(true)))).toBe(2);
  });

  it('hatches the cold runs in the SVG export too, and its legend says so', () => {
    const cold = (m: ReturnType<typeof modelOf>) => ganttSvg(m, layout).match(/url\(#p-cross-/g)?.length ?? 0;
    expect(cold(model) - cold(modelOf(segments(true)))).toBe(2);
    expect(ganttSvg(model, layout).match(/class="bar cold"/g)).toHaveLength(2);
    expect(keyItems(model, [])).toContainEqual({ kind: 'cold', text: 'cold cache (hatched over the process)' });
    expect(keyItems(modelOf(segments(true)), []).some((i) => i.kind === 'cold')).toBe(true);
  });
});
