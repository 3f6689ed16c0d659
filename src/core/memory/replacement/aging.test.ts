import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aging } from './aging';
import { simulateReferences } from './referenceString';

describe('AGING', () => {
  it('period 1, hand-worked: 1,2,3,1,4 with 3 frames evicts 2', () => {
    // counters at tick 4 (each tick shifts, the previous tick's reference bit entering as the MSB):
    //   page 1 (frame 0): loaded t0, hit t3 -> 10010000;  page 2 (frame 1): loaded t1 -> 00100000;
    //   page 3 (frame 2): loaded t2 -> 01000000.  Smallest: frame 1.
    const run = simulateReferences('AGING', 3, [1, 2, 3, 1, 4]);
    expect(run.steps[4]).toMatchObject({ victim: 2, frame: 1, reason: 'smallest aging counter 00100000' });
  });

  it('describes the counters, shifting once per period', () => {
    const p = aging(1);
    const s = p.init(3, 1);
    p.onLoad(s, 0, 0);
    p.onLoad(s, 1, 1);
    p.onLoad(s, 2, 2);
    p.onAccess(s, 0, 3);
    p.onTick!(s, 4);
    expect(p.describe(s)).toEqual({ kind: 'counters', label: 'aging counters (8-bit)', values: [0x90, 0x20, 0x40] });
    p.onTick!(s, 13);
    expect(p.describe(s)).toMatchObject({ values: [0, 0, 0] });
  });

  it('period 3: references within one period tie, so 1,2,1,3 evicts 1 (LRU evicts 2)', () => {
    const run = simulateReferences('AGING', 2, [1, 2, 1, 3], 1, { agingPeriod: 3 });
    expect(run.steps[3]).toMatchObject({ victim: 1, reason: 'smallest aging counter 10000000' });
    expect(simulateReferences('LRU', 2, [1, 2, 1, 3]).steps[3]!.victim).toBe(2);
  });

  it('equal counters: a frame referenced in the current period is kept, then the lowest frame goes', () => {
    const p = aging(10);
    const s = p.init(3, 1);
    for (let f = 0; f < 3; f++) p.onLoad(s, f, f);
    p.onAccess(s, 0, 11);
    expect(p.chooseVictim(s, () => true)).toEqual({ frame: 1, reason: 'smallest aging counter 10000000' });
    expect(p.chooseVictim(s, (f) => f === 0)).toEqual({
      frame: 0,
      reason: 'smallest aging counter 10000000, referenced this period',
    });
  });

  it('the lazy counters equal an eager model that shifts every frame at every period boundary', () => {
    const step = fc.record({
      gap: fc.integer({ min: 0, max: 12 }),
      frame: fc.integer({ min: 0, max: 3 }),
      load: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(step, { maxLength: 60 }), (period, steps) => {
        const p = aging(period);
        const s = p.init(4, 1);
        const counter = [0, 0, 0, 0];
        const bit = [0, 0, 0, 0];
        const resident = [false, false, false, false];
        let tick = 0;
        for (const st of steps) {
          for (let t = tick + 1; t <= tick + st.gap; t++) {
            if (t % period !== 0) continue;
            for (let f = 0; f < 4; f++) [counter[f], bit[f]] = [(counter[f]! >> 1) | (bit[f]! << 7), 0];
          }
          tick += st.gap;
          if (st.load || !resident[st.frame]) {
            resident[st.frame] = true;
            counter[st.frame] = 0;
            p.onLoad(s, st.frame, tick);
          } else p.onAccess(s, st.frame, tick);
          bit[st.frame] = 1;
          expect(p.describe(s)).toMatchObject({ values: counter });
          const keys = counter.map((c, f) => (resident[f] ? c * 2 + bit[f]! : Infinity));
          expect(p.chooseVictim(s, () => true)?.frame).toBe(keys.indexOf(Math.min(...keys)));
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
