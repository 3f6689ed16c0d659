import { performance } from 'node:perf_hooks';
import type { AllocDisk } from '../core/fs/allocation/types';
import { toDiskMap } from '../ui/filesystem/diskMapModel';
import { diskMapLayout } from '../ui/filesystem/diskMapLayout';
import { drawDiskMap } from '../ui/filesystem/drawDiskMap';
import { groupedDigits } from '../core/groupedDigits';

/** A context that only hands out ImageData: the cost measured is the model and the pixel fill, not the browser's. */
function imageContext(): CanvasRenderingContext2D {
  return {
    createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h }),
    putImageData: () => {},
  } as unknown as CanvasRenderingContext2D;
}

/**
 * The disk map's target (issue 14): 262,144 blocks from disk to pixels in under 16 ms, on a 1024×600 box (one
 * pixel a block) and a 2× display of the same box; a file selected so the highlight is part of the work. Best of 10.
 */
export function diskMapBenchmarks(disk: AllocDisk): { name: string; ms: number; detail: string; targetMs: number }[] {
  const selected = disk.owner.find((o) => o >= 0) ?? null;
  return [1, 2].map((dpr) => {
    const layout = diskMapLayout(disk.geometry.blocks, { width: 1024, height: 600 }, dpr);
    const ctx = imageContext();
    let best = Infinity;
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      drawDiskMap(ctx, toDiskMap(disk, selected), layout);
      best = Math.min(best, performance.now() - t0);
    }
    return {
      name: `fs disk map: ${groupedDigits(disk.geometry.blocks)} blocks, model + pixels, ${dpr}× display`,
      ms: best,
      targetMs: 16,
      detail: `${layout.pixelWidth}×${layout.pixelHeight} px, cells of ${layout.cell} px (putImageData excluded)`,
    };
  });
}
