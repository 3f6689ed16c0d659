import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataDisks, dataPlace, rowsEnd } from './raidMap';
import { requestIo } from './raidIo';
import type { RaidConfig } from './raidTypes';

/** Any RAID raid.py takes with chunks of at least a block: RAID 1 on pairs of disks, RAID 4/5 on two or more. */
const configArb: fc.Arbitrary<RaidConfig> = fc
  .record({
    level: fc.constantFrom(0 as const, 1 as const, 4 as const, 5 as const),
    disks: fc.integer({ min: 1, max: 7 }),
    chunk: fc.integer({ min: 1, max: 5 }),
    layout: fc.constantFrom('LS' as const, 'LA' as const),
  })
  .map((c) => ({ ...c, disks: c.level === 1 ? 2 * Math.ceil(c.disks / 2) : c.level === 0 ? c.disks : c.disks + 1 }));

describe('rowsEnd: how far into the disks the first blocks reach', () => {
  it('lies past every I/O of a request within those blocks, reads and writes, mirrors and parity', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.nat(300),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.nat(5),
        (c, block, size, write, beyond) => {
          const end = rowsEnd(c, block + size + beyond);
          for (const step of requestIo(c, { block, size, write }))
            for (const io of step.ios) expect(io.offset).toBeLessThan(end);
        },
      ),
    );
  });

  it('is reached by the blocks of whole rows of chunks', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 1, max: 6 }), (c, rows) => {
        const blocks = rows * c.chunk * dataDisks(c);
        let last = -1;
        for (let b = 0; b < blocks; b++) last = Math.max(last, dataPlace(c, b).offset);
        expect(last + 1).toBe(rowsEnd(c, blocks));
      }),
    );
  });
});
