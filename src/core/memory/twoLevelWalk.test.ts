import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_ENTRY, mapTwoLevel, zeroPages } from './twoLevelMap';
import { SMALL_TABLES, twoLevelErrors, walkStepText, walkTwoLevel, type PageDump } from './twoLevelWalk';

/** A memory of 128 pages: directory in page 54, its entry 1 -> table page 33, whose entry 3 -> data page 53. */
function bookMemory(): number[][] {
  const pages = zeroPages(128);
  pages[54]!.fill(EMPTY_ENTRY);
  pages[54]![1] = 0xa1;
  pages[33]!.fill(EMPTY_ENTRY);
  pages[33]![3] = 0x80 | 53;
  pages[53]![7] = 0x1c;
  return pages;
}

const va = (directory: number, table: number, offset: number): number => (directory << 10) | (table << 5) | offset;

describe('the two-level walk over a memory dump', () => {
  it('reads the PDE, then the PTE, then the byte, each step in words', () => {
    const w = walkTwoLevel(bookMemory(), 54, va(1, 3, 7));
    expect(w).toMatchObject({ ok: true, physical: 53 * 32 + 7, value: 0x1c });
    expect(w.steps.map(walkStepText)).toEqual([
      'Virtual address 0x467 is VPN 0x23: directory index 1, table index 3, offset 7',
      'PDE at 0x6c1 (page 54, entry 1) = 0xa1: valid, page table in page 33',
      'PTE at 0x423 (page 33, entry 3) = 0xb5: valid, data in page 53',
      'Physical address 0x6a7 (page 53, byte 7) holds 0x1c',
    ]);
  });

  it('stops at a directory entry or a table entry that is not valid, with the reason', () => {
    const pdeFault = walkTwoLevel(bookMemory(), 54, va(2, 3, 7));
    expect(pdeFault).toMatchObject({ ok: false, fault: { kind: 'invalidEntry', level: 'pde' } });
    expect(pdeFault.steps.map(walkStepText).slice(1)).toEqual([
      'PDE at 0x6c2 (page 54, entry 2) = 0x7f: not valid',
      'Fault: the page directory entry is not valid',
    ]);
    const pteFault = walkTwoLevel(bookMemory(), 54, va(1, 4, 0));
    expect(pteFault).toMatchObject({ ok: false, fault: { kind: 'invalidEntry', level: 'pte' } });
    expect(walkStepText(pteFault.steps.at(-1)!)).toBe('Fault: the page table entry is not valid');
  });

  it('faults where a valid entry names a page past the end of the dump, and on addresses outside the space', () => {
    const past = bookMemory().slice(0, 60);
    past[33]![3] = 0x80 | 100;
    const p = walkTwoLevel(past, 54, va(1, 3, 7));
    expect(p).toMatchObject({ ok: false, fault: { kind: 'outsideMemory', level: 'pte', page: 100, pages: 60 } });
    expect(walkStepText(p.steps.at(-1)!)).toBe(
      'Fault: the page table entry names page 100, but memory has only 60 pages',
    );
    for (const bad of [-1, 32768, 1.5, Number.NaN])
      expect(walkTwoLevel(bookMemory(), 54, bad)).toMatchObject({ ok: false, fault: { kind: 'outsideAddressSpace' } });
  });

  it('refuses a memory or PDBR it cannot walk, naming the field and the limit', () => {
    expect(twoLevelErrors(bookMemory(), 54)).toBeNull();
    expect(twoLevelErrors(bookMemory(), 128)).toMatch(/PDBR must name a page of memory, 0\.\.127 \(got 128\)/);
    expect(twoLevelErrors([], 0)).toMatch(/1 to 128 pages/);
    expect(twoLevelErrors(zeroPages(129), 0)).toMatch(/1 to 128 pages/);
    expect(twoLevelErrors([[1, 2]], 0)).toMatch(/page 0 has 2 bytes; a page holds 32/);
    const bad = zeroPages(2);
    bad[1]![4] = 256;
    expect(twoLevelErrors(bad, 0)).toMatch(/page 1, byte 4 is 256/);
    expect(twoLevelErrors(bookMemory(), 54, { ...SMALL_TABLES, tableBits: 6 })).toMatch(/at most offsetBits \(5\)/);
  });
});

describe('mapping pages into a two-level table', () => {
  it('takes a table page for the first page of a directory entry and reuses it after; a page maps once', () => {
    const pages = zeroPages(8);
    pages[0]!.fill(EMPTY_ENTRY);
    let next = 1;
    const take = () => next++;
    expect(mapTwoLevel(pages, 0, 33, 5, take)).toBeNull();
    expect(mapTwoLevel(pages, 0, 34, 6, take)).toBeNull();
    expect(next).toBe(2);
    expect(pages[0]![1]).toBe(0x81);
    expect(pages[1]![1]).toBe(0x85);
    expect(mapTwoLevel(pages, 0, 33, 7, take)).toBe('virtual page 33 is already mapped (to page 5)');
    expect(mapTwoLevel(pages, 0, 64, 7, () => 'no free page')).toBe('no free page');
  });
});

/** The flat table the dump stands for, built without the walker: every valid PDE's table, every valid PTE's page. */
function flatTable(pages: PageDump, pdbr: number): (number | null)[] {
  const flat: (number | null)[] = Array.from({ length: 1024 }, () => null);
  for (let d = 0; d < 32; d++) {
    const pde = pages[pdbr]![d]!;
    if (pde < 0x80 || pde - 0x80 >= pages.length) continue;
    for (let t = 0; t < 32; t++) {
      const pte = pages[pde - 0x80]![t]!;
      if (pte >= 0x80 && pte - 0x80 < pages.length) flat[d * 32 + t] = pte - 0x80;
    }
  }
  return flat;
}

/** A dump of 1..128 pages of random bytes (half of them valid entries) and a PDBR inside it. */
const dumps = fc.integer({ min: 1, max: 128 }).chain((n) =>
  fc.record({
    pages: fc.array(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 32, maxLength: 32 }), {
      minLength: n,
      maxLength: n,
    }),
    pdbr: fc.integer({ min: 0, max: n - 1 }),
  }),
);

describe('two-level walk properties (fast-check)', () => {
  it('agrees with the flat table built from the same dump: every page, the same physical address or a fault', () => {
    fc.assert(
      fc.property(dumps, fc.integer({ min: 0, max: 31 }), ({ pages, pdbr }, offset) => {
        const flat = flatTable(pages, pdbr);
        const disagree: number[] = [];
        // Every page of the address space, at two offsets a run (the offset goes through the walk untouched).
        for (let vpn = 0; vpn < 1024; vpn++)
          for (const a of [vpn * 32 + offset, vpn * 32 + 31 - offset]) {
            const w = walkTwoLevel(pages, pdbr, a);
            const frame = flat[a >> 5] ?? null;
            const same =
              frame === null
                ? !w.ok
                : w.ok && w.physical === frame * 32 + (a & 31) && w.value === pages[frame]![a & 31];
            if (!same) disagree.push(a);
          }
        expect(disagree).toEqual([]);
      }),
      { seed: 17, numRuns: 30 },
    );
  });

  it('never reads outside the dump', () => {
    fc.assert(
      fc.property(dumps, fc.array(fc.integer({ min: 0, max: 32767 }), { maxLength: 200 }), ({ pages, pdbr }, vas) => {
        const reads: [number, number][] = [];
        const watched = pages.map((bytes, p) => {
          return new Proxy(bytes, {
            get(target, key, receiver) {
              if (typeof key === 'string' && /^\d+$/.test(key)) reads.push([p, Number(key)]);
              return Reflect.get(target, key, receiver);
            },
          });
        });
        const outer = new Proxy(watched, {
          get(target, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) >= pages.length)
              reads.push([Number(key), 0]);
            return Reflect.get(target, key, receiver);
          },
        });
        for (const a of vas) {
          const w = walkTwoLevel(outer, pdbr, a);
          for (const s of w.steps) if ('address' in s) expect(s.address).toBeLessThan(pages.length * 32);
        }
        for (const [p, i] of reads) {
          expect(p).toBeLessThan(pages.length);
          expect(i).toBeLessThan(32);
        }
      }),
      { seed: 18, numRuns: 60 },
    );
  });

  it('a table built by mapping pages translates each mapped page to its frame and faults on the rest', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1023 }), { maxLength: 40 }), (vpns) => {
        const pages = zeroPages(128);
        pages[0]!.fill(EMPTY_ENTRY);
        let next = 1;
        const frameOf = new Map<number, number>();
        for (const vpn of vpns) {
          const frame = next++;
          frameOf.set(vpn, frame);
          expect(mapTwoLevel(pages, 0, vpn, frame, () => next++)).toBeNull();
        }
        const disagree: number[] = [];
        for (let vpn = 0; vpn < 1024; vpn++) {
          const w = walkTwoLevel(pages, 0, vpn * 32 + 5);
          const frame = frameOf.get(vpn);
          if (frame === undefined ? w.ok : !w.ok || w.physical !== frame * 32 + 5) disagree.push(vpn);
        }
        expect(disagree).toEqual([]);
      }),
      { seed: 19, numRuns: 40 },
    );
  });
});
