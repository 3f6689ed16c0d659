import { describe, expect, it } from 'vitest';
import { processLook } from '../theme/processLook';
import { drawMemoryGrid } from './drawMemoryGrid';
import { gridLayout } from './gridLayout';
import { snapshotFixture } from './testing/snapshotFixture';
import { toFrameCells } from './toFrameCells';

type Call = { method: string; args: unknown[]; fillStyle: unknown };

/**
 * A 2D context that records every method call (with the fill colour at the time), accepts any property,
 * and hands out real pixel buffers from createImageData (Node has no ImageData).
 */
function fakeContext(): { ctx: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = [];
  const props: Record<string, unknown> = {};
  const ctx = new Proxy(props, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'createImageData')
        return (width: number, height: number) => ({ width, height, data: new Uint8ClampedArray(width * height * 4) });
      return (...args: unknown[]) => void calls.push({ method: key, args, fillStyle: target.fillStyle });
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const rgbaOf = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
};

/** 262,144 frames (1 GiB of 4 KiB pages): P1 in the first half, P2 in the next quarter, the rest free. */
const huge = snapshotFixture({
  frames: 262_144,
  blocks: [
    { pid: 1, start: 0, count: 131_072 },
    { pid: 2, start: 131_072, count: 65_536 },
  ],
});

describe('drawMemoryGrid', () => {
  it('draws 262,144 one-pixel frames with a single putImageData and no per-cell calls', () => {
    const model = toFrameCells(huge, 'owner');
    const layout = gridLayout(huge.frames, 1024, 1, 0, 1); // 1024 columns, 256 rows
    const { ctx, calls } = fakeContext();
    drawMemoryGrid(ctx, model, layout);
    const puts = calls.filter((c) => c.method === 'putImageData');
    expect(puts).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'fillRect')).toHaveLength(0);
    const img = puts[0]?.args[0] as ImageData;
    expect([img.width, img.height]).toEqual([1024, 256]);
    const at = (frame: number) => Array.from(img.data.slice(frame * 4, frame * 4 + 4));
    expect(at(0)).toEqual(rgbaOf(processLook(1).color));
    expect(at(131_072)).toEqual(rgbaOf(processLook(2).color));
    expect(at(262_143)).toEqual(rgbaOf(model.palette[0]?.color as string));
    // every pixel is opaque: all 262,144 were set
    let opaque = 0;
    for (let i = 3; i < img.data.length; i += 4) if (img.data[i] === 255) opaque++;
    expect(opaque).toBe(262_144);
  });

  it('fills a block of device pixels per frame at 2 px and a high pixel ratio', () => {
    const model = toFrameCells(huge, 'owner');
    const layout = gridLayout(huge.frames, 1024, 2, 0, 2); // 512 columns; a 480 px window of 240 rows
    const { ctx, calls } = fakeContext();
    drawMemoryGrid(ctx, model, layout);
    const img = calls.find((c) => c.method === 'putImageData')?.args[0] as ImageData;
    expect([img.width, img.height]).toEqual([2048, 960]);
    // frame 513 is row 1, column 1: device pixels x 4–7, y 4–7
    const pixel = (x: number, y: number) => Array.from(img.data.slice((y * 2048 + x) * 4, (y * 2048 + x) * 4 + 4));
    expect(pixel(7, 7)).toEqual(rgbaOf(processLook(1).color));
  });

  it('darkens recently accessed frames in the pixel buffer', () => {
    const small = snapshotFixture({ frames: 16, blocks: [{ pid: 1, start: 0, count: 16 }] });
    const model = toFrameCells(small, 'owner', [{ frame: 3, age: 0 }]);
    const { ctx, calls } = fakeContext();
    drawMemoryGrid(ctx, model, gridLayout(16, 16, 1, 0, 1));
    const img = calls.find((c) => c.method === 'putImageData')?.args[0] as ImageData;
    const [r] = rgbaOf(processLook(1).color);
    expect(img.data[3 * 4]).toBe(Math.round((r as number) * 0.25));
    expect(img.data[2 * 4]).toBe(r);
  });

  it('draws big cells as rectangles, only those in the window, with patterns', () => {
    const s = snapshotFixture({ frames: 1000, blocks: [{ pid: 10, start: 0, count: 1000 }] }); // pid 10: stripes
    const model = toFrameCells(s, 'owner');
    const layout = gridLayout(1000, 160, 16, 0, 1); // 10 columns, 100 rows, 30 rows in the window
    const { ctx, calls } = fakeContext();
    drawMemoryGrid(ctx, model, layout);
    const cells = calls.filter((c) => c.method === 'fillRect' && c.args[2] === 15);
    expect(cells).toHaveLength(300);
    expect(cells[0]?.fillStyle).toBe(processLook(10).color);
    expect(calls.filter((c) => c.method === 'putImageData')).toHaveLength(0);
    expect(calls.filter((c) => c.method === 'stroke')).toHaveLength(1);
  });
});
