import { describe, expect, it } from 'vitest';
import {
  allocate,
  checkInvariants,
  chooseHole,
  createMemory,
  deallocate,
  fragmentation,
  type MemoryState,
} from './memory';
import { PLACEMENT_MODULES } from './placements/registry';
import { testConfig } from './testFixtures';
import type { Placement } from './types';

/**
 * 32 frames, holes made by freeing blocks: frames 1-5 (5), 7-8 (2), 10-17 (8), 19-21 (3); the rest used.
 * One process per block so each can be freed on its own.
 */
function holePattern(placement: Placement): MemoryState {
  const m = createMemory(testConfig(32, 0, { placement: 'firstFit' }), 1);
  const blocks = [1, 5, 1, 2, 1, 8, 1, 3, 10];
  const addresses = blocks.map((pages, pid) => {
    const r = allocate(m, pid, pages * 4096, 'USER');
    if (!r.ok) throw new Error(r.message);
    return r.address;
  });
  for (const pid of [1, 3, 5, 7]) deallocate(m, pid, addresses[pid]!);
  m.config.placement = placement;
  return m;
}

describe('placement over holes (1-5, 7-8, 10-17, 19-21)', () => {
  it('first fit takes the lowest hole that fits, best fit the tightest, worst fit the largest', () => {
    expect(chooseHole(holePattern('firstFit'), 3, PLACEMENT_MODULES.firstFit)).toEqual({ start: 1, length: 5 });
    expect(chooseHole(holePattern('bestFit'), 3, PLACEMENT_MODULES.bestFit)).toEqual({ start: 19, length: 3 });
    expect(chooseHole(holePattern('worstFit'), 3, PLACEMENT_MODULES.worstFit)).toEqual({ start: 10, length: 8 });
    expect(chooseHole(holePattern('bestFit'), 6, PLACEMENT_MODULES.bestFit)).toEqual({ start: 10, length: 8 });
  });

  it('next fit resumes from where the last allocation ended and wraps around', () => {
    const m = holePattern('nextFit');
    m.rover = 12; // inside hole 10-17: it counts from the rover on
    expect(chooseHole(m, 3, PLACEMENT_MODULES.nextFit)).toEqual({ start: 12, length: 6 });
    expect(chooseHole(m, 7, PLACEMENT_MODULES.nextFit)).toEqual({ start: 10, length: 8 });
    // Allocating moves the rover: the next one-page request goes after it, not into the lower holes.
    const a = allocate(m, 40, 6 * 4096, 'USER');
    expect(a.ok && m.rover).toBe(18);
    expect(chooseHole(m, 1, PLACEMENT_MODULES.nextFit)).toEqual({ start: 19, length: 3 });
    expect(chooseHole(m, 1, PLACEMENT_MODULES.firstFit)).toEqual({ start: 1, length: 5 });
  });

  it('places the allocation at the start of the chosen hole', () => {
    for (const [placement, frame] of [
      ['firstFit', 1],
      ['bestFit', 19],
      ['worstFit', 10],
    ] as const) {
      const m = holePattern(placement);
      const r = allocate(m, 50, 3 * 4096, 'USER');
      expect(r.ok).toBe(true);
      expect(m.owner[frame]).toBe(50);
      expect(checkInvariants(m)).toEqual([]);
    }
  });

  it('refuses a request no hole fits though enough frames are free, naming the largest hole', () => {
    const m = holePattern('firstFit');
    expect(fragmentation(m)).toMatchObject({
      holes: 4,
      largestHole: 8,
      histogram: [
        [2, 1],
        [3, 1],
        [5, 1],
        [8, 1],
      ],
    });
    expect(fragmentation(m).external).toBeCloseTo(1 - 8 / 18);
    const r = allocate(m, 50, 9 * 4096, 'USER');
    expect(r).toEqual({
      ok: false,
      limit: 'placement',
      message:
        '18 frames are free, but there is no run of 9 free frames for firstFit: the largest is 8; compaction would help',
    });
  });

  it('anyFree takes the lowest free frames wherever they are', () => {
    const m = holePattern('anyFree');
    const r = allocate(m, 50, 9 * 4096, 'USER');
    expect(r.ok).toBe(true);
    const frames = [...m.owner].flatMap((pid, f) => (pid === 50 ? [f] : []));
    expect(frames).toEqual([1, 2, 3, 4, 5, 7, 8, 10, 11]);
    expect(checkInvariants(m)).toEqual([]);
  });
});
