import { describe, expect, it } from 'vitest';
import {
  allocate,
  checkInvariants,
  contextSwitch,
  createMemory,
  pageTableOf,
  translate,
  translateFast,
} from './memory';
import { testConfig } from './testFixtures';
import { PTE, type MemoryConfig } from './types';

function memoryWith(overrides: Partial<MemoryConfig> = {}) {
  const m = createMemory(testConfig(16, 8, overrides), 1);
  // Pages 1-4 of process 1 land in frames 0-3 (first fit, page 0 is never mapped).
  const r = allocate(m, 1, 4 * 4096, 'USER');
  expect(r).toEqual({ ok: true, address: 4096, pages: 4 });
  return m;
}

describe('address translation', () => {
  it('splits VA 0x3A7F with 4 KiB pages into page 3, offset 0xA7F, and finds frame 2', () => {
    const m = memoryWith();
    const t = translate(m, 1, 0x3a7f, 'read', 1);
    expect(t.steps).toEqual([
      { step: 'split', vpn: 3, offset: 0xa7f, pageSize: 4096 },
      { step: 'tlb', hit: false },
      { step: 'walk', level: 1, index: 3, entry: 2 },
      { step: 'physical', frame: 2, address: 0x2a7f, memoryType: 'USER', tier: 1, latency: 2 },
    ]);
    // one tick for the page-table read, two for the USER page
    expect(t).toMatchObject({ ok: true, physical: 0x2a7f, frame: 2, tlbHit: false, cost: 3 });
  });

  it('splits a 32-bit address 10/10/12 for a two-level table and walks both levels', () => {
    const m = memoryWith({ pageTableLevels: 2 });
    const far = (3 << 22) | (5 << 12) | 0x123; // directory 3, table 5, offset 0x123
    const t = translate(m, 1, far, 'read', 1);
    expect(t.steps[0]).toEqual({
      step: 'split',
      vpn: 3 * 1024 + 5,
      offset: 0x123,
      pageSize: 4096,
      directory: 3,
      table: 5,
    });
    expect(t.steps[2]).toEqual({ step: 'walk', level: 1, index: 3, entry: null });
    expect(t).toMatchObject({ ok: false, fault: 'invalid', cost: 1 });
    const near = translate(m, 1, 0x3a7f, 'read', 2);
    expect(near.steps.slice(2)).toEqual([
      { step: 'walk', level: 1, index: 0, entry: 0 },
      { step: 'walk', level: 2, index: 3, entry: 2 },
      { step: 'physical', frame: 2, address: 0x2a7f, memoryType: 'USER', tier: 1, latency: 2 },
    ]);
    expect(near.cost).toBe(4);
  });

  it('hits the TLB on the second access to a page, and the hit skips the walk', () => {
    const m = memoryWith();
    expect(translate(m, 1, 0x3000, 'read', 1)).toMatchObject({ ok: true, tlbHit: false });
    const again = translate(m, 1, 0x3fff, 'read', 2);
    expect(again).toMatchObject({ ok: true, tlbHit: true, cost: 2, physical: 0x2fff });
    expect(again.steps.map((s) => s.step)).toEqual(['split', 'tlb', 'physical']);
    expect(m.counters).toMatchObject({ translations: 2, tlbHits: 1, tlbMisses: 1 });
  });

  it('faults on a write to a read-only page, but allows the read', () => {
    const m = memoryWith();
    const ro = allocate(m, 1, 4096, 'USER', { protection: { read: true, write: false, execute: false } });
    expect(ro.ok).toBe(true);
    const address = ro.ok ? ro.address : 0;
    expect(translate(m, 1, address, 'read', 1).ok).toBe(true);
    // The TLB now holds the page; its cached permissions refuse the write, which then faults.
    const w = translate(m, 1, address + 8, 'write', 2);
    expect(w).toMatchObject({ ok: false, fault: 'protection' });
    expect(w.steps.at(-1)).toEqual({
      step: 'fault',
      kind: 'protection',
      detail: 'write to page 5, which allows only read',
    });
    expect(translate(m, 1, address, 'execute', 3)).toMatchObject({ ok: false, fault: 'protection' });
    expect(pageTableOf(m, 1)[4]!.flags & PTE.DIRTY).toBe(0);
  });

  it('faults on an unmapped page (page 0 is never mapped) and outside the address space', () => {
    const m = memoryWith();
    expect(translate(m, 1, 0x10, 'read', 1)).toMatchObject({ ok: false, fault: 'invalid' });
    expect(translate(m, 1, 0x5000, 'read', 1)).toMatchObject({ ok: false, fault: 'invalid' });
    expect(translate(m, 1, 2 ** 32, 'read', 1)).toMatchObject({ ok: false, fault: 'invalid' });
    expect(translate(m, 2, 0x1000, 'read', 1)).toMatchObject({ ok: false, fault: 'invalid' });
    expect(translateFast(m, 1, 0x10, 'read', 1)).toBe(-1);
    expect(m.counters.invalidFaults).toBe(5);
  });

  it('sets REFERENCED on a read and DIRTY on a write, also on a TLB hit', () => {
    const m = memoryWith();
    translate(m, 1, 0x1000, 'read', 1);
    expect(pageTableOf(m, 1)[0]!.flags & (PTE.REFERENCED | PTE.DIRTY)).toBe(PTE.REFERENCED);
    expect(translateFast(m, 1, 0x1004, 'write', 2)).toBe(4);
    expect(pageTableOf(m, 1)[0]!.flags).toBe(
      PTE.VALID | PTE.PRESENT | PTE.READ | PTE.WRITE | PTE.REFERENCED | PTE.DIRTY,
    );
  });

  it("empties the TLB on a context switch in 'flush' mode, keeps tagged entries in 'asid' mode", () => {
    for (const [mode, hitAfterSwitchBack] of [
      ['flush', false],
      ['asid', true],
    ] as const) {
      const m = memoryWith({ tlbMode: mode });
      expect(allocate(m, 2, 4096, 'USER').ok).toBe(true);
      translate(m, 1, 0x1000, 'read', 1);
      contextSwitch(m, 2);
      expect(translate(m, 2, 0x1000, 'read', 2)).toMatchObject({ ok: true, frame: 4, tlbHit: false });
      // Same VPN, other process: a tagged TLB must not give process 2 the frame of process 1.
      expect(translate(m, 2, 0x1000, 'read', 3)).toMatchObject({ frame: 4, tlbHit: true });
      expect(translate(m, 1, 0x1000, 'read', 4)).toMatchObject({ frame: 0, tlbHit: hitAfterSwitchBack });
      expect(checkInvariants(m)).toEqual([]);
    }
  });

  it('translateFast agrees with translate', () => {
    const m = memoryWith();
    for (const va of [0x1000, 0x1fff, 0x3a7f, 0x4abc, 0x3a7f]) {
      const slow = translate(m, 1, va, 'read', 1);
      expect(translateFast(m, 1, va, 'read', 2)).toBe(slow.ok ? slow.physical : -1);
    }
  });
});
