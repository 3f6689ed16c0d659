import { describe, expect, it } from 'vitest';
import { allocate, createMemory, translate } from './memory';
import { testConfig } from './testFixtures';
import { tlbView } from './tlbView';
import { PTE } from './types';

describe('tlbView', () => {
  it('lists the entries in use with their recency, the latest one, hits and misses, and changes nothing', () => {
    const m = createMemory(testConfig(16, 8, { tlbEntries: 4, tlbMode: 'asid' }), 1);
    allocate(m, 1, 4 * 4096, 'USER'); // pages 1–4 in frames 0–3
    expect(tlbView(m)).toMatchObject({ size: 4, mode: 'asid', entries: [], latest: null, hits: 0, misses: 0 });
    translate(m, 1, 0x1000, 'read', 1); // page 1: miss, filled
    translate(m, 1, 0x3000, 'read', 2); // page 3: miss, filled
    translate(m, 1, 0x1004, 'read', 3); // page 1 again: hit
    const before = JSON.stringify({ ...m.tlb, used: [...m.tlb.used] });
    const view = tlbView(m);
    expect(JSON.stringify({ ...m.tlb, used: [...m.tlb.used] })).toBe(before);
    expect(view.entries).toEqual([
      { slot: 0, asid: 1, vpn: 1, frame: 0, perm: PTE.READ | PTE.WRITE, recency: 1 },
      { slot: 1, asid: 1, vpn: 3, frame: 2, perm: PTE.READ | PTE.WRITE, recency: 2 },
    ]);
    expect(view).toMatchObject({ latest: 0, hits: 1, misses: 2 });
  });
});
