import { describe, expect, it } from 'vitest';
import {
  allocate,
  checkInvariants,
  compact,
  createMemory,
  largestRunAfterCompaction,
  deallocate,
  fragmentation,
  readTag,
  translate,
  writeTag,
} from './memory';
import { testConfig } from './testFixtures';

const PAGE = 4096;

/** 16 frames: processes 1-8 hold 2 frames each; 2, 4, 6 freed; process 5's pages are pinned (SYSTEM). */
function fragmented() {
  const m = createMemory(testConfig(16, 0), 1);
  for (let pid = 1; pid <= 8; pid++) {
    expect(allocate(m, pid, 2 * PAGE, pid === 5 ? 'SYSTEM' : 'USER').ok).toBe(true);
    expect(writeTag(m, pid, PAGE, pid * 10)).toBe(true);
    expect(writeTag(m, pid, 2 * PAGE, pid * 10 + 1)).toBe(true);
  }
  for (const pid of [2, 4, 6]) deallocate(m, pid, PAGE);
  return m;
}

describe('compaction', () => {
  it('slides pages down around pinned ones, keeping contents and translations', () => {
    const m = fragmented();
    expect(fragmentation(m)).toMatchObject({ holes: 3, largestHole: 2 });
    translate(m, 7, PAGE, 'read', 1);
    const r = compact(m);
    // 3 slides to 2-3 and 7 to 4-5; 8 fills 6-7 below the pinned pages of 5, which stay in 8-9.
    expect(r).toEqual({ moved: 6, cost: 6, pids: [3, 7, 8] });
    expect([...m.owner]).toEqual([1, 1, 3, 3, 7, 7, 8, 8, 5, 5, -1, -1, -1, -1, -1, -1]);
    expect(fragmentation(m)).toMatchObject({ holes: 1, largestHole: 6, external: 0 });
    for (const pid of [1, 3, 5, 7, 8])
      expect([readTag(m, pid, PAGE), readTag(m, pid, 2 * PAGE)]).toEqual([pid * 10, pid * 10 + 1]);
    expect(translate(m, 7, PAGE, 'read', 2)).toMatchObject({ ok: true, frame: 4, tlbHit: false });
    expect(checkInvariants(m)).toEqual([]);
  });

  it('moves pinned pages only when asked', () => {
    const m = fragmented();
    expect(compact(m, { movePinned: true }).moved).toBe(8);
    expect(Array.from(m.owner.slice(0, 10))).toEqual([1, 1, 3, 3, 5, 5, 7, 7, 8, 8]);
    expect(readTag(m, 5, 2 * PAGE)).toBe(51);
    expect(checkInvariants(m)).toEqual([]);
  });

  it('tells the longest free run compaction would leave without moving anything', () => {
    for (const movePinned of [false, true]) {
      const m = fragmented();
      const before = [...m.owner];
      const predicted = largestRunAfterCompaction(m, { movePinned });
      expect(predicted).toBe(6);
      expect([...m.owner]).toEqual(before);
      compact(m, { movePinned });
      expect(fragmentation(m).largestHole).toBe(predicted);
    }
  });

  it('names every user of a moved shared page among the processes it moved', () => {
    const m = createMemory(testConfig(16, 0), 1);
    expect(allocate(m, 1, 2 * PAGE, 'USER').ok).toBe(true);
    expect(allocate(m, 2, 2 * PAGE, 'AI_MODEL', { shareKey: 'model' }).ok).toBe(true);
    expect(allocate(m, 3, 2 * PAGE, 'AI_MODEL', { shareKey: 'model' }).ok).toBe(true);
    deallocate(m, 1, PAGE);
    expect(compact(m, { movePinned: true })).toEqual({ moved: 2, cost: 2, pids: [2, 3] });
  });

  it('lets a refused contiguous allocation through afterwards', () => {
    const m = fragmented();
    expect(allocate(m, 9, 5 * PAGE, 'USER')).toMatchObject({ ok: false, limit: 'placement' });
    compact(m);
    expect(allocate(m, 9, 5 * PAGE, 'USER').ok).toBe(true);
  });
});
