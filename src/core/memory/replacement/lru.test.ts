import { describe, expect, it } from 'vitest';
import { lru } from './lru';
import { simulateReferences } from './referenceString';

const SILBERSCHATZ = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1];

describe('LRU', () => {
  it('Silberschatz reference string, 3 frames: 12 faults', () => {
    expect(simulateReferences('LRU', 3, SILBERSCHATZ).misses).toBe(12);
  });

  it('a hit protects a page: 1,2,3,1,4 evicts 2, not 1', () => {
    const run = simulateReferences('LRU', 3, [1, 2, 3, 1, 4]);
    expect(run.steps[4]).toMatchObject({ victim: 2, frame: 1, reason: 'least recently used (last used at 1)' });
    expect(run.steps[4]!.memory).toEqual([3, 1, 4]);
  });

  it('skips pinned frames at the least-recent end and keeps them there', () => {
    const s = lru.init(4, 1);
    for (let f = 0; f < 4; f++) lru.onLoad(s, f, f);
    const pinned = new Set([0, 1]);
    expect(lru.chooseVictim(s, (f) => !pinned.has(f))?.frame).toBe(2);
    expect(lru.describe(s)).toEqual({ kind: 'order', label: 'LRU order (least recent first)', frames: [0, 1, 2, 3] });
    expect(lru.chooseVictim(s, () => false)).toBeNull();
  });

  it('a moved page keeps its place in the order; a freed frame leaves it', () => {
    const s = lru.init(5, 1);
    for (let f = 0; f < 3; f++) lru.onLoad(s, f, f);
    lru.onMove(s, 0, 4);
    lru.onFree(s, 1);
    expect(lru.describe(s)).toMatchObject({ frames: [4, 2] });
    expect(lru.chooseVictim(s, () => true)).toEqual({ frame: 4, reason: 'least recently used (last used at 0)' });
  });
});
