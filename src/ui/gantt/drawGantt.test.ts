import { timelineOf } from '../testing/timelineOf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_KIND } from '../../protocol';
import { LIGHT_CANVAS } from '../theme/canvasPalette';
import { processLook } from '../theme/processLook';
import { STATE_LOOK } from './stateLook';
import { drawGantt, niceStep } from './drawGantt';
import { AXIS_HEIGHT, type GanttLayout } from './ganttLayout';
import { toGanttRows, type GanttModel } from './toGanttRows';

const buffer = timelineOf;

type Call = { method: string; args: unknown[]; fillStyle: unknown };

/** A 2D context that records every method call (with the fill colour at the time) and accepts any property. */
function fakeContext(): { ctx: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = [];
  const props: Record<string, unknown> = {};
  const ctx = new Proxy(props, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => void calls.push({ method: key, args, fillStyle: target.fillStyle });
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const layout = (viewStart: number, viewEnd: number): GanttLayout => ({
  width: 880,
  height: AXIS_HEIGHT + 28,
  viewStart,
  viewEnd,
  laneHeight: 28,
  labelWidth: 80,
  devicePixelRatio: 2,
  scale: 1,
});

/** 10,000 back-to-back one-tick runs on one CPU, pids cycling 0..35. */
const big = toGanttRows({
  timeline: buffer(Array.from({ length: 10_000 }, (_, i) => [0, i, i + 1, i % 36, 0])),
  cpus: 1,
  processes: [],
  processLanes: false,
  tick: 10_000,
});
const barFills = (calls: Call[]) => calls.filter((c) => c.method === 'fillRect' && c.args[3] !== 14 && c.args[1] !== 0);

describe('drawGantt', () => {
  it('visits only the bars in view when zoomed in', () => {
    const { ctx, calls } = fakeContext();
    drawGantt(ctx, big, layout(5000, 5050));
    const fills = barFills(calls);
    expect(fills.length).toBeGreaterThanOrEqual(50);
    expect(fills.length).toBeLessThan(60);
    // the first bar drawn is the one at tick 5000 (pid 5000 % 36 = 32), at the left edge of the plot
    const first = fills[0] as Call;
    expect(first.fillStyle).toBe(processLook(32).color);
    expect(first.args[0]).toBeCloseTo(80);
  });

  it('paints at most about one bar per pixel column when zoomed out', () => {
    const { ctx, calls } = fakeContext();
    drawGantt(ctx, big, layout(0, 10_000));
    expect(barFills(calls).length).toBeLessThanOrEqual(801);
  });

  it("skips a CPU's narrow bars on a painted column by search, drawing just what visiting each one draws", () => {
    // Back-to-back bars of random lengths (many far under a pixel, some wide), as one CPU's segments are. Drawn as a
    // process lane's bars, which may overlap and are visited one by one, they give the same picture. (Switches and
    // idle time: a process lane labels a run with its CPU, not its pid.)
    const bar = fc.record({
      length: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 400 })),
      pid: fc.integer({ min: 1, max: 9 }),
      kind: fc.constantFrom(1, 2),
    });
    fc.assert(
      fc.property(fc.array(bar, { maxLength: 120 }), fc.nat(2_000), fc.nat(20_000), (runs, from, span) => {
        let start = 0;
        const bars = runs.map(({ length, pid, kind }) => {
          const b = { lane: 0, cpu: 0, start, end: start + length, pid, kind };
          start += length;
          return b;
        });
        const drawn = (kind: 'cpu' | 'process') => {
          const model: GanttModel = {
            lanes: [{ label: 'lane', kind, bars }],
            cursor: null,
            cpuBars: bars.length,
            hiddenProcessLanes: 0,
            quantum: null,
          };
          const { ctx, calls } = fakeContext();
          drawGantt(ctx, model, layout(from, from + span + 1));
          return calls;
        };
        expect(drawn('cpu')).toEqual(drawn('process'));
      }),
      { seed: 11, numRuns: 100 },
    );
  });

  it('labels wide bars with their pid and draws the cursor', () => {
    const model = toGanttRows({
      timeline: buffer([
        [0, 0, 10, 3, 0],
        [0, 10, 11, 4, 1],
        [0, 11, 20, -1, 2],
      ]),
      cpus: 1,
      processes: [],
      processLanes: false,
      tick: 15,
    });
    const { ctx, calls } = fakeContext();
    drawGantt(ctx, model, layout(0, 20));
    const texts = calls.filter((c) => c.method === 'fillText').map((c) => c.args[0]);
    expect(texts).toContain('CPU 0');
    expect(texts).toContain('P3');
    expect(texts).not.toContain('P4'); // a context switch is not a run of P4
    // 40 px per tick and labels at least 70 px apart: a label every 2 ticks
    expect(texts).toEqual(expect.arrayContaining(['0', '2', '10', '20']));
    expect(texts).not.toContain('1');
    const cursorX = Math.round(80 + 15 * 40) + 0.5;
    expect(calls).toContainEqual(expect.objectContaining({ method: 'moveTo', args: [cursorX, AXIS_HEIGHT] }));
    expect(calls[0]).toMatchObject({ method: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
  });
});

describe('drawGantt axis', () => {
  it('groups the digits of its tick labels, as the rest of the page writes numbers', () => {
    const { ctx, calls } = fakeContext();
    drawGantt(ctx, big, layout(0, 10_000));
    const labels = calls.filter((c) => c.method === 'fillText').map((c) => String(c.args[0]));
    expect(labels).toEqual(expect.arrayContaining(['0', '1,000', '10,000']));
    expect(labels.filter((t) => /^\d{4,}$/.test(t))).toEqual([]);
  });
});

describe('drawGantt in process lanes', () => {
  // P1 runs 0–8 on CPU 1 and then waits for a page 8–16; the process lane says which CPU and which wait.
  const model = toGanttRows({
    timeline: buffer([[1, 0, 8, 1, 0]]),
    cpus: 2,
    processes: [{ pid: 1, name: 'etl', type: 'USER' }],
    processLanes: true,
    tick: 16,
    states: buffer([
      [1, 0, 8, STATE_KIND.running, 1],
      [1, 8, 16, STATE_KIND.waitingMemory, -1],
    ]),
  });

  it('labels a run with its CPU and a page-fault wait with its own fill and words', () => {
    const { ctx, calls } = fakeContext();
    drawGantt(ctx, model, { ...layout(0, 16), height: AXIS_HEIGHT + 3 * 28 });
    const texts = calls.filter((c) => c.method === 'fillText').map((c) => c.args[0]);
    expect(texts).toEqual(expect.arrayContaining(['P1 etl', 'P1', 'CPU 1', 'page fault']));
    const pageFill = STATE_LOOK[STATE_KIND.waitingMemory].fill(LIGHT_CANVAS);
    expect(barFills(calls).some((c) => c.fillStyle === pageFill)).toBe(true);
  });

  it('scales text and axis when presenting', () => {
    const { ctx, calls } = fakeContext();
    drawGantt(ctx, model, { ...layout(0, 16), scale: 1.5 });
    expect(calls.some((c) => c.method === 'moveTo' && c.args[1] === Math.round(AXIS_HEIGHT * 1.5))).toBe(true);
  });
});

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten, never below one tick', () => {
    expect([0.1, 1, 1.5, 3, 7, 12, 4000].map(niceStep)).toEqual([1, 1, 2, 5, 10, 20, 5000]);
  });
});
