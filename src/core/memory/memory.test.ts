import { describe, expect, it } from 'vitest';
import { deepCopy } from '../deepCopy';
import {
  allocate,
  checkInvariants,
  createMemory,
  deallocate,
  DEFAULT_MEMORY,
  freeProcess,
  memoryConfigErrors,
  memoryStats,
  readTag,
  snapshotOf,
  translate,
  writeTag,
} from './memory';
import { testConfig } from './testFixtures';
import { PAGE_STATES } from './types';

const PAGE = 4096;

describe('memory', () => {
  it('creates 262,144 frames of 1 GiB empty and consistent', () => {
    const m = createMemory(testConfig(262_144, 1024), 3);
    expect(m.frames).toBe(262_144);
    expect(m.free).toBe(262_144);
    expect(allocate(m, 1, 1024 ** 3, 'AI_DATA')).toEqual({ ok: true, address: PAGE, pages: 262_144 });
    expect(m.free).toBe(0);
    expect(checkInvariants(m)).toEqual([]);
  });

  it('clones deeply: the copy and the original change independently', () => {
    const m = createMemory(DEFAULT_MEMORY, 1);
    allocate(m, 1, 2 * PAGE, 'USER');
    writeTag(m, 1, PAGE, 4);
    const copy = deepCopy(m);
    writeTag(m, 1, PAGE, 5);
    freeProcess(m, 1);
    expect(readTag(copy, 1, PAGE)).toBe(4);
    expect(translate(copy, 1, PAGE, 'read', 1).ok).toBe(true);
    expect(checkInvariants(copy)).toEqual([]);
    expect(checkInvariants(m)).toEqual([]);
  });

  it('snapshots frames, pools, fragmentation, stats and alerts for the views', () => {
    const m = createMemory(testConfig(16, 4), 1);
    for (let pid = 1; pid <= 8; pid++) allocate(m, pid, 2 * PAGE - 100, pid === 1 ? 'SYSTEM' : 'USER');
    for (const pid of [2, 4, 6]) deallocate(m, pid, PAGE);
    writeTag(m, 3, PAGE, 1);
    const s = snapshotOf(m);
    expect(s.frames).toBe(16);
    expect(Array.from(s.owner.slice(0, 6))).toEqual([1, 1, -1, -1, 3, 3]);
    expect(Array.from(s.state.slice(0, 6)).map((i) => PAGE_STATES[i])).toEqual([
      'PINNED',
      'PINNED',
      'FREE',
      'FREE',
      'DIRTY',
      'ALLOCATED',
    ]);
    expect(s.fragmentation).toMatchObject({
      holes: 3,
      largestHole: 2,
      histogram: [[2, 3]],
      internalBytes: 8 * 100 - 3 * 100,
    });
    expect(s.fragmentation.external).toBeCloseTo(1 - 2 / 6);
    expect(s.alerts).toEqual([
      'External fragmentation is 66.7 % (alert above 50 %): the largest hole is 2 of 6 free frames',
    ]);
    expect(s.stats).toMatchObject({ translations: 1, tlbMisses: 1, usedFrames: 10 });
    expect(memoryStats(m).efficiency).toBeCloseTo((10 * PAGE - 500) / (10 * PAGE));
  });

  it('accepts the defaults and names every field and limit it refuses', () => {
    expect(memoryConfigErrors(DEFAULT_MEMORY)).toEqual([]);
    const errors = memoryConfigErrors({
      ...DEFAULT_MEMORY,
      pageSize: 3000,
      physicalBytes: 8 * 1024 ** 3,
      tlbEntries: -1,
      virtualBits: 60,
      pools: { ...DEFAULT_MEMORY.pools, aiData: 2 },
    });
    expect(errors.map((e) => [e.path, e.limit])).toEqual([
      ['memory.pageSize', 'a power of two'],
      ['memory.physicalBytes', 'an integer from 16384 to 4294967296 bytes'],
      ['memory.virtualBits', 'an integer from 16 to 48 bits'],
      ['memory.tlbEntries', 'an integer from 0 to 4096 entries'],
      ['memory.pools.aiData', 'a fraction from 0 to 1'],
    ]);
    // 4 GiB of 4 KiB pages is the largest memory; of 1 KiB pages, 1 GiB is (the same 1,048,576 frames).
    expect(memoryConfigErrors({ ...DEFAULT_MEMORY, physicalBytes: 4 * 1024 ** 3 })).toEqual([]);
    expect(memoryConfigErrors({ ...DEFAULT_MEMORY, physicalBytes: 2 * 1024 ** 3, pageSize: 1024 })).toEqual([
      {
        path: 'memory.physicalBytes',
        limit: 'at most 1,048,576 frames of 1024 bytes',
        message: 'memory.physicalBytes must be at most 1,048,576 frames of 1024 bytes (got 2147483648)',
      },
    ]);
    expect(memoryConfigErrors({ ...DEFAULT_MEMORY, pageSize: 512 })[0]).toEqual({
      path: 'memory.pageSize',
      limit: 'an integer from 1024 to 65536 bytes',
      message: 'memory.pageSize must be an integer from 1024 to 65536 bytes (got 512)',
    });
  });
});
