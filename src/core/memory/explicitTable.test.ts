import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';
import { createExplicitMemory, explicitGeometryErrors, explicitLimits, mapPages } from './explicitTable';
import { checkInvariants } from './invariants';
import { translate } from './mmu';
import { pageTableOf } from './pageTable';

/** OSTEP's default exercise: 4 KiB pages, a 16 KiB address space, 64 KiB of memory (outside the scenario limits). */
const OSTEP_DEFAULT = { pageSize: 4096, physicalBytes: 65536, addressSpaceBytes: 16384 };

describe('explicit page tables', () => {
  it("installs a given table, page 0 included, and the MMU translates through it (OSTEP's README example)", () => {
    const m = createExplicitMemory(OSTEP_DEFAULT);
    expect(mapPages(m, 0, [12, null, null, 6])).toBeNull();
    expect(checkInvariants(m)).toEqual([]);
    expect(pageTableOf(m, 0).map((r) => [r.vpn, r.frame])).toEqual([
      [0, 12],
      [3, 6],
    ]);
    expect(translate(m, 0, 0x3229, 'read', 0)).toMatchObject({ ok: true, physical: 0x6229 });
    expect(translate(m, 0, 0x0123, 'read', 1)).toMatchObject({ ok: true, physical: 0xc123 });
    expect(translate(m, 0, 0x1369, 'read', 2)).toMatchObject({ ok: false, fault: 'invalid' });
    expect(translate(m, 0, 16384, 'read', 3)).toMatchObject({ ok: false, fault: 'invalid' });
  });

  it('allocating afterwards keeps clear of the given pages and frames', () => {
    const m = createExplicitMemory(OSTEP_DEFAULT);
    mapPages(m, 0, [0, 1, null, null]);
    const r = allocate(m, 0, 4096, 'USER');
    expect(r).toMatchObject({ ok: true, address: 2 * 4096 });
    expect(checkInvariants(m)).toEqual([]);
  });

  it('refuses frames outside memory or already holding a page, a table larger than the space, and a second table', () => {
    const m = createExplicitMemory(OSTEP_DEFAULT);
    expect(mapPages(m, 0, [16])).toMatch(/frame 16; frames are 0..15/);
    expect(mapPages(m, 0, [3, 3])).toMatch(/frame 3, which already holds a page/);
    expect(mapPages(m, 0, [1, 2, 3, 4, 5])).toMatch(/5 entries; the address space has 4 pages/);
    expect(mapPages(m, -1, [])).toMatch(/pid must be an integer/);
    expect(mapPages(m, 0, [1])).toBeNull();
    expect(mapPages(m, 0, [2])).toMatch(/already has a page table/);
    expect(mapPages(m, 1, [null, 1])).toMatch(/frame 1, which already holds a page/);
    expect(checkInvariants(m)).toEqual([]);
  });

  it("takes the exercises' geometries the scenario limits refuse, within the mechanism's own", () => {
    for (const g of [
      OSTEP_DEFAULT,
      { pageSize: 8, physicalBytes: 1024, addressSpaceBytes: 32 },
      { pageSize: 2 ** 20, physicalBytes: 2 ** 29, addressSpaceBytes: 2 ** 28 },
      { pageSize: 2048, physicalBytes: 49152, addressSpaceBytes: 2048 },
    ]) {
      expect(explicitGeometryErrors(g)).toBeNull();
    }
    expect(explicitGeometryErrors({ ...OSTEP_DEFAULT, pageSize: 3000 })).toMatch(/^pageSize must be a power of two/);
    expect(explicitGeometryErrors({ ...OSTEP_DEFAULT, physicalBytes: 5000 })).toMatch(
      /^physicalBytes must be a whole number/,
    );
    expect(
      explicitGeometryErrors({ pageSize: 1, physicalBytes: 2 * explicitLimits.maxFrames, addressSpaceBytes: 16 }),
    ).toMatch(/at most 1048576/);
    expect(explicitGeometryErrors({ ...OSTEP_DEFAULT, addressSpaceBytes: 2048 })).toMatch(
      /^addressSpaceBytes must be a power of two from one page/,
    );
  });
});
