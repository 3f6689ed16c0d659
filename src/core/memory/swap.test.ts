import { describe, expect, it } from 'vitest';
import { allocate, checkInvariants, createMemory, memoryStats, readTag, swapIn, translate, writeTag } from './memory';
import { testConfig } from './testFixtures';

const PAGE = 4096;

/** 16 frames, 8 swap slots; process 1 holds pages 1-16 in frames 0-15, read in page order at ticks 1-16. */
function fullMemory() {
  const m = createMemory(testConfig(16, 8), 1);
  expect(allocate(m, 1, 16 * PAGE, 'USER').ok).toBe(true);
  for (let vpn = 1; vpn <= 16; vpn++) translate(m, 1, vpn * PAGE, 'read', vpn);
  return m;
}

describe('swapping', () => {
  it('writes a dirty victim back when making room, and brings it back with its contents', () => {
    const m = fullMemory();
    expect(writeTag(m, 1, 1 * PAGE, 42)).toBe(true); // page 1: dirty, and now the most recently used
    translate(m, 1, 2 * PAGE, 'write', 17); // page 2 dirty too, then every other page read again
    for (let vpn = 3; vpn <= 16; vpn++) translate(m, 1, vpn * PAGE, 'read', 17 + vpn);
    // LRU order is now 1, 2, 3, ..., 16 (page 1 was written at tick 16, before page 2's write at 17).
    const r = allocate(m, 2, PAGE, 'USER');
    expect(r.ok).toBe(true);
    expect(m.counters).toMatchObject({ swapOuts: 1, writeBacks: 1 });
    expect(readTag(m, 1, 1 * PAGE)).toBe(42); // read from its swap slot
    const fault = translate(m, 1, 1 * PAGE, 'read', 40);
    expect(fault).toMatchObject({ ok: false, fault: 'notPresent' });
    expect(fault.steps.at(-1)).toEqual({
      step: 'fault',
      kind: 'notPresent',
      detail: 'page 1 of process 1 is in swap slot 0',
    });

    // No frame is free: page 2 (dirty, least recently used) goes out, paying a write-back.
    const back = swapIn(m, 1, 1, 41);
    expect(back).toEqual({
      ok: true,
      cost: 40,
      frame: 1,
      victim: { pid: 1, vpn: 2, dirty: true, reason: 'least recently used (last used at 17)' },
      steps: [{ step: 'swapIn', slot: 0, frame: 1, victim: { pid: 1, vpn: 2, dirty: true } }],
    });
    expect(readTag(m, 1, 1 * PAGE)).toBe(42);
    expect(translate(m, 1, 1 * PAGE, 'read', 42)).toMatchObject({ ok: true, frame: 1 });
    expect(checkInvariants(m)).toEqual([]);

    // Page 3 is clean and now least recently used: the next swap-in only pays for the load.
    const clean = swapIn(m, 1, 2, 43);
    expect(clean).toMatchObject({ ok: true, cost: 20, victim: { vpn: 3, dirty: false } });
    expect(memoryStats(m)).toMatchObject({ swapIns: 2, swapOuts: 3, writeBacks: 2, pageFaults: 1 });
    expect(checkInvariants(m)).toEqual([]);
  });

  it('never evicts pinned pages, and refuses when only pinned pages could make room', () => {
    const m = createMemory(testConfig(16, 8), 1);
    expect(allocate(m, 1, 12 * PAGE, 'SYSTEM').ok).toBe(true);
    expect(allocate(m, 2, 4 * PAGE, 'NETWORK_BUFFER').ok).toBe(true);
    expect(allocate(m, 3, 4 * PAGE, 'AI_DATA', { tick: 5 }).ok).toBe(true); // swaps out all of process 2
    expect(m.swap.used).toBe(4);
    for (let f = 0; f < 12; f++) expect(m.owner[f]).toBe(1);
    const r = allocate(m, 4, 5 * PAGE, 'NETWORK_BUFFER');
    expect(r).toEqual({
      ok: false,
      limit: 'physicalBytes',
      message:
        'out of memory: 5 frames needed, 0 free, and only 4 hold pages that can be swapped out (pinned and shared pages stay)',
    });
    const m2 = createMemory(testConfig(16, 8), 1);
    expect(allocate(m2, 1, 15 * PAGE, 'SYSTEM').ok).toBe(true);
    expect(allocate(m2, 2, PAGE, 'AI_DATA').ok).toBe(true);
    expect(allocate(m2, 3, PAGE, 'SYSTEM').ok).toBe(true); // pushes process 2's page out: memory is all pinned
    expect(m2.swap.owner[0]).toBe(2);
    expect(swapIn(m2, 2, 1, 9)).toEqual({
      ok: false,
      message: 'no frame is free and every page in memory is pinned or shared: page 1 of process 2 stays in swap',
    });
    expect(checkInvariants(m2)).toEqual([]);
  });

  it('refuses when swap has too few free slots, leaving everything in place', () => {
    const m = createMemory(testConfig(16, 2), 1);
    expect(allocate(m, 1, 16 * PAGE, 'AI_DATA').ok).toBe(true);
    const r = allocate(m, 2, 3 * PAGE, 'NETWORK_BUFFER');
    expect(r).toEqual({
      ok: false,
      limit: 'swapBytes',
      message: 'out of memory: 3 pages would have to be swapped out, but swap has 2 free slots',
    });
    expect(m.swap.used).toBe(0);
    expect(m.free).toBe(0);
  });

  it('swaps out just enough and still refuses a contiguous request no hole fits, without swapping anything', () => {
    const m = createMemory(testConfig(16, 8), 1);
    for (let pid = 1; pid <= 16; pid++) expect(allocate(m, pid, PAGE, pid % 2 === 0 ? 'SYSTEM' : 'USER').ok).toBe(true);
    // Odd frames are pinned: swapping the unpinned ones frees single frames, never a run of 2.
    const r = allocate(m, 20, 2 * PAGE, 'USER');
    expect(r).toEqual({
      ok: false,
      limit: 'placement',
      message:
        'swapping out 2 pages would free 2 frames, but there is no run of 2 free frames for firstFit: the largest is 1; compaction would help',
    });
    expect(m.swap.used).toBe(0);
    expect(checkInvariants(m)).toEqual([]);
  });
});
