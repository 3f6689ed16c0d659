import { performance } from 'node:perf_hooks';
import { allocate, createMemory, snapshotOf } from '../core/memory/memory';
import { DEFAULT_MEMORY } from '../core/memory/defaults';
import { blockCells } from '../ui/memory/blockCells';
import { drawMemoryGrid } from '../ui/memory/drawMemoryGrid';
import { gridLayout } from '../ui/memory/gridLayout';
import { toFrameCells } from '../ui/memory/toFrameCells';

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
  const m = createMemory(
    {
      ...DEFAULT_MEMORY,
      physicalBytes: 2 ** 30,
      swapBytes: 0,
      pools: { aiModels: 1, aiData: 1, ledger: 1, chainState: 1, network: 1, system: 1 },
      constraints: { aiTotal: 1, aiModels: 1, aiData: 1, blockchainTotal: 1, ledger: 1, chainState: 1, system: 1 },
    },
    1,
  );
  for (let pid = 1; pid <= 48; pid++) allocate(m, pid, 4096 * 4096, pid % 3 === 0 ? 'AI_MODEL' : 'USER');
  const snapshot = snapshotOf(m);
  const layout = gridLayout(snapshot.frames, { width: 1024, height: 600 }, 4, 0, 1);
  const ctx = pixelContext();
  let best = Infinity;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    drawMemoryGrid(ctx, blockCells(toFrameCells(snapshot, 'owner'), layout.per), layout);
    best = Math.min(best, performance.now() - t0);
  }
  return [
    {
      name: 'memory grid: 262,144 frames to a window of blocks',
      ms: best,
      targetMs: 16,
      detail: 'view model, blocks of 16 frames, the window of 4 px cells drawn (canvas calls excluded)',
    },
  ];
}
