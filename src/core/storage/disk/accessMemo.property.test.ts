import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessRow, straightTotal } from './accessMemo';
import { estimate } from './diskEstimate';
import { diskLayout } from './diskLayout';
import type { DiskConfig, DiskLayout } from './diskTypes';

/** Pinned: a failure prints the counterexample and this seed replays it. */
const SEED = 3015;

describe("SATF's memo of estimates (property)", () => {
  it('gives exactly the estimate diskEstimate.ts works out, the first time and every time after', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([30, 30, 30], [10, 20, 30], [4, 4, 4]),
        fc.constantFrom(0.5, 1, 3, 7.5),
        fc.constantFrom(0.25, 1, 2, 10),
        fc.array(fc.tuple(fc.nat(359), fc.nat(2), fc.nat()), { minLength: 1, maxLength: 40 }),
        (angles, rotateSpeed, seekSpeed, asks) => {
          const layout = diskLayout(angles, 0) as DiskLayout;
          const config: DiskConfig = { layout, seekSpeed, rotateSpeed, policy: 'SATF', window: -1 };
          for (const [turns, arm, raw] of [...asks, ...asks]) {
            // angles as the run makes them: sums of -R steps
            let angle = 0;
            for (let i = 0; i < turns % Math.ceil(360 / rotateSpeed); i++) angle += rotateSpeed;
            const block = raw % layout.blocks.length;
            const track = (layout.blocks[block] as { track: number }).track;
            const row = accessRow(config, angle, arm);
            expect(straightTotal(config, row, angle, arm, block)).toBe(
              estimate(config, angle, block, Math.abs(arm - track)).total,
            );
          }
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});
