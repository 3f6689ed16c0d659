import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacity, failDisk, newArray, readBlock, rowParity, writeBlock, type RaidArray } from './raidArray';
import { dataPlace, mirrorPlace } from './raidMap';
import { lostBlocks, rebuildStep, startRebuild } from './raidRebuild';
import type { RaidConfig, RaidLevel } from './raidTypes';

/** A small RAID: any level and layout, a few disks (even for RAID 1), chunks of 1 to 4 blocks, a few rows. */
const arrayArb = (levels: RaidLevel[] = [0, 1, 4, 5]) =>
  fc
    .record({
      level: fc.constantFrom(...levels),
      disks: fc.integer({ min: 1, max: 6 }),
      chunk: fc.integer({ min: 1, max: 4 }),
      layout: fc.constantFrom('LS' as const, 'LA' as const),
      rows: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ rows, ...c }) => {
      const disks =
        c.level === 1 ? 2 * Math.max(1, Math.floor(c.disks / 2)) : c.level === 0 ? c.disks : Math.max(2, c.disks);
      const config: RaidConfig = { ...c, disks };
      return newArray(config, rows * c.chunk);
    });

/** Writes as (a fraction of the capacity, a value): any block of any array. */
const writesArb = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 0, max: 255 })),
  { maxLength: 40 },
);
const blockOf = (a: RaidArray, f: number): number => Math.floor(f * capacity(a));

/** Every data and parity place of the array, as `disk:offset`. */
function places(a: RaidArray): string[] {
  const out: string[] = [];
  for (let b = 0; b < capacity(a); b++) {
    const p = dataPlace(a.config, b);
    out.push(`${p.disk}:${p.offset}`);
    if (a.config.level === 1) {
      const m = mirrorPlace(a.config, b);
      out.push(`${m.disk}:${m.offset}`);
    }
  }
  if (a.config.level >= 4) for (let o = 0; o < a.blocksPerDisk; o++) out.push(`${rowParity(a, o)}:${o}`);
  return out;
}

/** Every row's XOR over all disks is 0: parity is the XOR of the row's data. */
const parityHolds = (a: RaidArray): boolean =>
  Array.from({ length: a.blocksPerDisk }, (_, o) => a.contents.reduce((x, d) => x ^ (d[o] ?? 0), 0)).every(
    (x) => x === 0,
  );

describe('RAID arrays', () => {
  it('every logical block (and mirror copy, and parity) has a place of its own on the disks, filling them', () => {
    fc.assert(
      fc.property(arrayArb(), (a) => {
        const all = places(a);
        expect(new Set(all).size).toBe(all.length);
        expect(all.length).toBe(a.config.disks * a.blocksPerDisk);
        for (const p of all) {
          const [disk, offset] = p.split(':').map(Number) as [number, number];
          expect(disk).toBeGreaterThanOrEqual(0);
          expect(disk).toBeLessThan(a.config.disks);
          expect(offset).toBeLessThan(a.blocksPerDisk);
        }
      }),
    );
  });

  it('RAID 4/5 parity equals the XOR of its row after any writes', () => {
    fc.assert(
      fc.property(arrayArb([4, 5]), writesArb, (a, writes) => {
        for (const [f, v] of writes) writeBlock(a, blockOf(a, f), v);
        expect(parityHolds(a)).toBe(true);
      }),
    );
  });

  it('with one disk failed at any point, RAID 1/4/5 reads every block as last written, degraded where it must', () => {
    fc.assert(
      fc.property(arrayArb([1, 4, 5]), writesArb, fc.nat(), fc.nat(), (a, writes, diskPick, when) => {
        const model = new Map<number, number>();
        const failAt = when % (writes.length + 1);
        const disk = diskPick % a.config.disks;
        writes.forEach(([f, v], i) => {
          if (i === failAt) failDisk(a, disk);
          const b = blockOf(a, f);
          expect(writeBlock(a, b, v).how).not.toBe('lost');
          model.set(b, v);
        });
        if (failAt === writes.length) failDisk(a, disk);
        for (let b = 0; b < capacity(a); b++) {
          const r = readBlock(a, b);
          expect(r.value).toBe(model.get(b) ?? 0);
          if (dataPlace(a.config, b).disk === disk && a.config.level !== 1) expect(r.how).toBe('reconstructed');
        }
        expect(lostBlocks(a)).toEqual([]);
      }),
    );
  });

  it('RAID 0 loses exactly the failed disk’s blocks', () => {
    fc.assert(
      fc.property(arrayArb([0]), fc.nat(), (a, pick) => {
        const disk = pick % a.config.disks;
        failDisk(a, disk);
        const expected = Array.from({ length: capacity(a) }, (_, b) => b).filter(
          (b) => dataPlace(a.config, b).disk === disk,
        );
        expect(lostBlocks(a)).toEqual(expected);
      }),
    );
  });

  it('a rebuild onto a spare gives back what the disk held, parity whole, one write per offset', () => {
    fc.assert(
      fc.property(arrayArb([1, 4, 5]), writesArb, fc.nat(), fc.integer({ min: 1, max: 7 }), (a, writes, pick, rate) => {
        for (const [f, v] of writes) writeBlock(a, blockOf(a, f), v);
        const disk = pick % a.config.disks;
        const before = a.contents.map((d) => [...d]);
        failDisk(a, disk);
        expect(startRebuild(a, disk)).toBeUndefined();
        let writesToSpare = 0;
        for (let step = rebuildStep(a, rate); step; step = rebuildStep(a, rate))
          writesToSpare += step.ios.filter((io) => io.op === 'write' && io.disk === disk).length;
        expect(a.contents).toEqual(before);
        expect(a.state[disk]).toEqual({ kind: 'ok' });
        expect(writesToSpare).toBe(a.blocksPerDisk);
        if (a.config.level >= 4) expect(parityHolds(a)).toBe(true);
      }),
    );
  });

  it('a second failure during a rebuild loses the blocks of both disks above the rebuilt offsets (a RAID 1 pair: the pair’s)', () => {
    fc.assert(
      fc.property(arrayArb([1, 4, 5]), fc.nat(), fc.nat(), fc.nat(), (a, first, second, done) => {
        fc.pre(a.config.disks > 2 || a.config.level !== 1);
        const d1 = first % a.config.disks;
        const d2 = (d1 + 1 + (second % (a.config.disks - 1))) % a.config.disks;
        failDisk(a, d1);
        startRebuild(a, d1);
        const upTo = done % a.blocksPerDisk;
        rebuildStep(a, upTo);
        failDisk(a, d2);
        const together = a.config.level !== 1 || d2 === (d1 ^ 1);
        const expected = Array.from({ length: capacity(a) }, (_, b) => b).filter((b) => {
          const p = dataPlace(a.config, b);
          return (
            together &&
            p.offset >= upTo &&
            (a.config.level === 1 ? p.disk === (d1 & ~1) : p.disk === d1 || p.disk === d2)
          );
        });
        expect(lostBlocks(a)).toEqual(expected);
        const step = rebuildStep(a, a.blocksPerDisk);
        if (together) expect(step?.stopped).toContain(`disk ${d2} is down too`);
      }),
    );
  });
});
