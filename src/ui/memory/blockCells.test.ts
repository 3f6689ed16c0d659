import { describe, expect, it } from 'vitest';
import { blockCells } from './blockCells';
import { snapshotFixture } from './testing/snapshotFixture';
import { toFrameCells } from './toFrameCells';

describe('blockCells', () => {
  // 16 frames: P1 at 0–2, P2 at 4–5, free elsewhere.
  const model = toFrameCells(
    snapshotFixture({
      frames: 16,
      blocks: [
        { pid: 1, start: 0, count: 3 },
        { pid: 2, start: 4, count: 2 },
      ],
    }),
    'owner',
    [{ frame: 5, age: 0 }],
  );

  it('colours each block of frames as most of its frames, a used colour before free on a tie', () => {
    const blocks = blockCells(model, 4);
    expect(blocks.frames).toBe(4);
    expect(blocks.per).toBe(4);
    // block 0: P1 ×3, free ×1 → P1; block 1: P2 ×2, free ×2 → P2; the rest free
    expect(Array.from(blocks.colour)).toEqual([1, 2, 0, 0]);
    expect(blocks.palette).toBe(model.palette);
    expect(blocks.heat).toEqual([{ frame: 1, strength: 1 }]);
    expect(blocks.pages).toBeNull();
  });

  it('gives the model back at one frame per cell', () => {
    expect(blockCells(model, 1)).toBe(model);
  });

  it('summarises a million frames in one pass', () => {
    const huge = toFrameCells(
      snapshotFixture({ frames: 1_048_576, blocks: [{ pid: 1, start: 0, count: 524_288 }] }),
      'owner',
    );
    const t0 = performance.now();
    const blocks = blockCells(huge, 64);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(blocks.frames).toBe(16_384);
    expect(blocks.colour[8191]).toBe(1);
    expect(blocks.colour[8192]).toBe(0);
  });
});
