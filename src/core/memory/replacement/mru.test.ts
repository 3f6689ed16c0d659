import { describe, expect, it } from 'vitest';
import { mru } from './mru';
import { simulateReferences } from './referenceString';

describe('MRU', () => {
  it('evicts the page used last: on a loop one page larger than memory it hits where LRU always misses (as OSTEP prints)', () => {
    const run = simulateReferences('MRU', 3, [0, 1, 2, 3, 0, 1, 2, 3]);
    expect(run.steps.map((s) => s.victim)).toEqual([null, null, null, 2, null, null, 1, null]);
    expect(run.steps.map((s) => s.memory)).toEqual([
      [0],
      [0, 1],
      [0, 1, 2],
      [0, 1, 3],
      [1, 3, 0],
      [3, 0, 1],
      [3, 0, 2],
      [0, 2, 3],
    ]);
    expect(run.steps[3]).toMatchObject({ memory: [0, 1, 3], reason: 'most recently used (last used at 2)' });
    expect(simulateReferences('LRU', 3, [0, 1, 2, 3, 0, 1, 2, 3]).hits).toBe(0);
  });

  it('keeps the LRU order (least recent first) and passes over pinned frames from the recent end', () => {
    const s = mru.init(3, 1);
    for (let f = 0; f < 3; f++) mru.onLoad(s, f, f);
    mru.onAccess(s, 0, 3);
    expect(mru.describe(s)).toMatchObject({ kind: 'order', frames: [1, 2, 0] });
    expect(mru.chooseVictim(s, (f) => f !== 0)?.frame).toBe(2);
    expect(mru.chooseVictim(s, () => false)).toBeNull();
  });
});
