import { performance } from 'node:perf_hooks';
import { allocate, createMemory, snapshotOf } from '../core/memory/memory';
import { blockCells } from '../ui/memory/blockCells';
import { drawMemoryGrid } from '../ui/memory/drawMemoryGrid';
import { gridLayout } from '../ui/memory/gridLayout';
import { toFrameCells } from '../ui/memory/toFrameCells';
import { openMemory } from './memoryBench';
import { groupedDigits } from '../core/groupedDigits';

/** A canvas context whose calls do nothing: the cost measured is the drawing code's. */
const noop = (): void => {};

function pixelContext(): CanvasRenderingContext2D {
  return {
    setTransform: noop,
    createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h }),
    putImageData: noop,
    fillRect: noop,
    strokeRect: noop,
    fillText: noop,
    measureText: () => ({ width: 10 }),
    beginPath: noop,
    rect: noop,
    moveTo: noop,
    lineTo: noop,
    fill: noop,
    stroke: noop,
  } as unknown as CanvasRenderingContext2D;
}

/** The memory grid's target: 262,144 frames (1 GiB of 4 KiB pages) from snapshot to pixels in under 16 ms. */
export function gridBenchmarks(): { name: string; ms: number; detail: string; targetMs?: number }[] {
  return [{ ...gridRow(2 ** 30), targetMs: 16 }];
}

/** From snapshot to pixels for `bytes` of 4 KiB frames, 48 processes filling memory: best of 10. */
export function gridRow(bytes: number): { name: string; ms: number; detail: string } {
  const m = createMemory(openMemory(bytes), 1);
  for (let pid = 1; pid <= 48; pid++) allocate(m, pid, bytes / 64, pid % 3 === 0 ? 'AI_MODEL' : 'USER');
  const snapshot = snapshotOf(m);
  const layout = gridLayout(snapshot.frames, { width: 1024, height: 600 }, 4, 0, 1);
  const ctx = pixelContext();
  let best = Infinity;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    drawMemoryGrid(ctx, blockCells(toFrameCells(snapshot, 'owner'), layout.per), layout);
    best = Math.min(best, performance.now() - t0);
  }
  return {
    name: `memory grid: ${groupedDigits(snapshot.frames)} frames to a window of blocks`,
    ms: best,
    detail: `view model, blocks of ${layout.per} frames, the window of 4 px cells drawn (canvas calls excluded)`,
  };
}
