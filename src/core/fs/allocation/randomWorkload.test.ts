import { describe, expect, it } from 'vitest';
import { fsOpText, parseFsOp } from '../fsOp';
import { runWorkload } from './compare';
import { freeSpaceMetrics } from './metrics';
import { randomFsWorkload } from './randomWorkload';

const GEOMETRY = { blocks: 4096, blockSize: 4096 };

describe('the random workload', () => {
  it('is the same for a seed, and every operation reads back from its typed line', () => {
    const ops = randomFsWorkload(7, 3000, GEOMETRY);
    expect(randomFsWorkload(7, 3000, GEOMETRY)).toEqual(ops);
    expect(randomFsWorkload(8, 3000, GEOMETRY)).not.toEqual(ops);
    for (const op of ops) expect(parseFsOp(fsOpText(op))).toEqual({ ok: true, op });
  });

  it('mostly succeeds, fills the disk to about the share asked and fragments it', () => {
    const { disk, steps } = runWorkload('EXTENTS', GEOMETRY, randomFsWorkload(7, 3000, GEOMETRY, { fill: 0.6 }));
    expect(steps.filter((s) => !s.outcome.ok)).toEqual([]);
    const used = 1 - disk.freeBlocks / GEOMETRY.blocks;
    expect(used).toBeGreaterThan(0.5);
    expect(used).toBeLessThan(0.75);
    expect(freeSpaceMetrics(disk).freeRuns).toBeGreaterThan(20);
  });
});
