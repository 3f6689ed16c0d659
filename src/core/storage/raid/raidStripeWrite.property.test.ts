import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacity, failDisk, newArray, readBlock, writeBlock, type RaidArray } from './raidArray';
import { blocksInStripe } from './raidMap';
import { stripeOf, writeStripe } from './raidStripeWrite';
import type { RaidConfig } from './raidTypes';

const SEED = 15_0405;

/** A small RAID 4 or 5: 2 to 6 disks, chunks of 1 to 4 blocks, 1 to 4 stripes. */
const arrayArb = fc
  .record({
    level: fc.constantFrom(4 as const, 5 as const),
    disks: fc.integer({ min: 2, max: 6 }),
    chunk: fc.integer({ min: 1, max: 4 }),
    layout: fc.constantFrom('LS' as const, 'LA' as const),
    stripes: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ stripes, ...config }: RaidConfig & { stripes: number }) => newArray(config, stripes * config.chunk));

/**
 * A write: one block alone (raidArray's small write), or a stripe's blocks together, picked by a bit mask over the
 * stripe (all ones: the whole stripe). Fractions and masks keep it inside any array.
 */
const opArb = fc.oneof(
  fc.record({
    kind: fc.constant('block' as const),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    value: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('stripe' as const),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    mask: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 2 ** 20 })),
    value: fc.integer({ min: 1, max: 255 }),
  }),
);

/** The stripe's blocks the mask picks, each with a value of its own. */
function stripeValues(a: RaidArray, stripe: number, mask: number, value: number): Map<number, number> {
  const of = blocksInStripe(a.config);
  const values = new Map<number, number>();
  for (let i = 0; i < of; i++)
    if (mask === -1 || (mask >> (i % 20)) & 1) values.set(stripe * of + i, (value + i) & 255);
  if (values.size === 0) values.set(stripe * of, value);
  return values;
}

/** Every row's XOR over all disks is 0: parity is the XOR of the row's data. */
const parityHolds = (a: RaidArray): boolean =>
  Array.from({ length: a.blocksPerDisk }, (_, o) => a.contents.reduce((x, d) => x ^ (d[o] ?? 0), 0)).every(
    (x) => x === 0,
  );

describe('RAID 4/5 stripe writes (properties)', () => {
  it('keep parity the XOR of its row after any mix of small and stripe writes, every block as last written', () => {
    fc.assert(
      fc.property(arrayArb, fc.array(opArb, { maxLength: 30 }), (a, ops) => {
        const model = new Map<number, number>();
        for (const op of ops) {
          const block = Math.floor(op.at * capacity(a));
          if (op.kind === 'block') {
            writeBlock(a, block, op.value);
            model.set(block, op.value);
            continue;
          }
          const stripe = stripeOf(a, block);
          const values = stripeValues(a, stripe, op.mask, op.value);
          const s = writeStripe(a, stripe, values);
          expect(s).not.toBeNull();
          for (const [b, v] of values) model.set(b, v);
        }
        expect(parityHolds(a)).toBe(true);
        for (let b = 0; b < capacity(a); b++) expect(readBlock(a, b).value).toBe(model.get(b) ?? 0);
      }),
      { seed: SEED },
    );
  });

  it('never read for a whole stripe, and otherwise read no more than the other way would', () => {
    fc.assert(
      fc.property(arrayArb, fc.nat(), fc.oneof(fc.constant(-1), fc.nat()), (a, pick, mask) => {
        const of = blocksInStripe(a.config);
        const stripe = pick % (capacity(a) / of);
        const values = stripeValues(a, stripe, mask, 7);
        const s = writeStripe(a, stripe, values);
        if (s === null) throw new Error('no member is down');
        const reads = s.ios.filter((io) => io.op === 'read');
        expect(reads.length).toBe(s.reads);
        expect(s.ios.length - reads.length).toBe(s.writes);
        if (values.size === of) {
          expect(s.how).toBe('full');
          expect(reads).toEqual([]);
          // every data block once, and each row's parity once
          expect(s.writes).toBe(of + a.config.chunk);
        } else {
          expect(s.how).not.toBe('full');
          expect(s.reads).toBeLessThanOrEqual(s.otherReads);
          if (s.reads === s.otherReads) expect(s.how).toBe('read-modify-write');
        }
      }),
      { seed: SEED },
    );
  });

  it('refuse, changing nothing, a stripe that needs a failed member (the caller goes block by block)', () => {
    fc.assert(
      fc.property(arrayArb, fc.nat(), fc.nat(), fc.oneof(fc.constant(-1), fc.nat()), (a, pick, disk, mask) => {
        const of = blocksInStripe(a.config);
        const stripe = pick % (capacity(a) / of);
        failDisk(a, disk % a.config.disks);
        const before = a.contents.map((d) => [...d]);
        const values = stripeValues(a, stripe, mask, 9);
        const s = writeStripe(a, stripe, values);
        if (s === null) expect(a.contents).toEqual(before);
        else expect(s.ios.every((io) => io.disk !== disk % a.config.disks)).toBe(true);
        // a whole stripe always has a block or the parity on every member, so it needs the failed one
        if (values.size === of) expect(s).toBeNull();
      }),
      { seed: SEED },
    );
  });
});

const raid5 = (disks: number, chunk = 1): RaidArray => newArray({ level: 5, disks, chunk, layout: 'LS' }, 4 * chunk);

describe('RAID 4/5 stripe writes (hand-worked)', () => {
  it('a whole stripe of a 4-disk RAID 5: 4 writes, no reads', () => {
    const s = writeStripe(
      raid5(4),
      1,
      new Map([
        [3, 1],
        [4, 2],
        [5, 3],
      ]),
    );
    expect(s).toMatchObject({ stripe: 1, how: 'full', written: 3, of: 3, reads: 0, writes: 4 });
  });

  it('3 of 4 chunks of a 5-disk RAID 5: reconstruct-write reads the 1 chunk left alone, not 4', () => {
    const a = raid5(5, 2);
    const s = writeStripe(a, 0, new Map([0, 1, 2, 3, 4, 5].map((b) => [b, b + 10])));
    expect(s).toMatchObject({ how: 'reconstruct', written: 6, of: 8, reads: 2, otherReads: 8, writes: 8 });
    expect(s?.ios.filter((io) => io.op === 'read').map((io) => io.block)).toEqual([6, 7]);
  });

  it('1 of 4 blocks: read-modify-write, the old data and parity (a tie with reconstruct-write goes to it)', () => {
    const a = raid5(5);
    expect(writeStripe(a, 0, new Map([[0, 5]]))).toMatchObject({ how: 'read-modify-write', reads: 2, otherReads: 3 });
    expect(writeStripe(raid5(4), 0, new Map([[0, 5]]))).toMatchObject({
      how: 'read-modify-write',
      reads: 2,
      otherReads: 2,
    });
  });
});
