import { describe, expect, it } from 'vitest';
import { processLook } from '../theme/processLook';
import { blockCells } from './blockCells';
import { drawMemoryGrid, gridLook } from './drawMemoryGrid';
import { gridLayout } from './gridLayout';
import { snapshotFixture } from './testing/snapshotFixture';
import { toFrameCells } from './toFrameCells';

type Call = { method: string; args: unknown[]; fillStyle: unknown };

/** A 2D context that records every method call (with the fill colour at the time) and accepts any property. */
function fakeContext(): { ctx: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = [];
  const props: Record<string, unknown> = {};
  const ctx = new Proxy(props, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      return (...args: unknown[]) => void calls.push({ method: key, args, fillStyle: target.fillStyle });
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('drawMemoryGrid', () => {
  it('draws a million frames as a window of blocks: a few thousand calls, not a million', () => {
    const huge = snapshotFixture({ frames: 1_048_576, blocks: [{ pid: 1, start: 0, count: 524_288 }] });
    const layout = gridLayout(huge.frames, { width: 1024, height: 600 }, 4, 0, 1);
    const model = blockCells(toFrameCells(huge, 'owner'), layout.per);
    const { ctx, calls } = fakeContext();
    drawMemoryGrid(ctx, model, layout);
    const cells = calls.filter((c) => c.method === 'fillRect' && c.args[2] === 3);
    const shown = Math.ceil((layout.height - layout.top) / 4) * layout.columns;
    expect(cells).toHaveLength(shown);
    expect(cells.length).toBeLessThan(40_000);
    expect(cells[0]?.fillStyle).toBe(processLook(1).color);
  });

  it('draws big cells, only those in the window, with patterns, labels and numbered rows and columns', () => {
    const s = snapshotFixture({ frames: 1000, blocks: [{ pid: 10, start: 0, count: 1000, firstVpn: 7 }] }); // pid 10: stripes
    const model = toFrameCells(s, 'owner');
    const layout = gridLayout(1000, { width: 200, height: 480 }, 16, 0, 1); // 8 columns, 125 rows
    const { ctx, calls } = fakeContext();
    drawMemoryGrid(ctx, model, layout);
    const cells = calls.filter((c) => c.method === 'fillRect' && c.args[2] === 15);
    const rows = Math.ceil((layout.height - layout.top) / 16);
    expect(cells).toHaveLength(rows * 8);
    expect(cells[0]?.fillStyle).toBe(processLook(10).color);
    expect(cells[0]?.args.slice(0, 2)).toEqual([layout.left, layout.top]);
    expect(calls.filter((c) => c.method === 'stroke')).toHaveLength(1);
    const texts = calls.filter((c) => c.method === 'fillText').map((c) => c.args[0]);
    expect(texts).toEqual(expect.arrayContaining(['0', '8', '16', '7']));
  });

  it('groups the digits of row and column numbers', () => {
    const s = snapshotFixture({ frames: 16_384, blocks: [] });
    const layout = gridLayout(16_384, { width: 800, height: 480 }, 8, 0, 1);
    const { ctx, calls } = fakeContext();
    drawMemoryGrid(ctx, toFrameCells(s, 'owner'), layout);
    const texts = calls.filter((c) => c.method === 'fillText').map((c) => String(c.args[0]));
    expect(texts.filter((t) => /^\d{1,3}(,\d{3})+$/.test(t)).length).toBeGreaterThan(10);
    expect(texts.filter((t) => /^\d{4,}$/.test(t))).toEqual([]);
  });

  it('labels big cells with the page ("P3:5") and outlines free frames and the highlighted frame', () => {
    const s = snapshotFixture({ frames: 16, blocks: [{ pid: 3, start: 0, count: 8, firstVpn: 0 }] });
    const layout = gridLayout(16, { width: 600, height: 480 }, 64, 0, 1);
    const { ctx, calls } = fakeContext();
    drawMemoryGrid(ctx, toFrameCells(s, 'owner'), layout, gridLook(), { highlight: 5 });
    const texts = calls.filter((c) => c.method === 'fillText').map((c) => c.args[0]);
    expect(texts).toContain('P3:5');
    // the eight free frames: one path of eight rectangles
    expect(calls.filter((c) => c.method === 'rect')).toHaveLength(8);
    const ring = calls.filter((c) => c.method === 'strokeRect' && c.args[2] === 67);
    expect(ring).toHaveLength(1);
  });
});
