import { describe, expect, it } from 'vitest';
import { clock } from './clock';
import { simulateReferences } from './referenceString';

// Hand-worked, 3 frames, loads set the reference bit, the hand starts at frame 0:
//   1,2,3 fill frames 0-2 (bits 1,1,1).
//   4: the hand clears all three bits, comes round to frame 0 (bit 0): evicts 1; hand -> 1.   bits 1,0,0
//   2: hit, sets frame 1's bit.                                                               bits 1,1,0
//   5: frame 1 has its bit: cleared; frame 2 has 0: evicts 3; hand -> 0.                      bits 1,0,1
//   2: hit.                                                                                   bits 1,1,1
//   6: a full turn clears everything, frame 0 again: evicts 4; hand -> 1.                     bits 1,0,0
const REFS = [1, 2, 3, 4, 2, 5, 2, 6];

describe('CLOCK', () => {
  it('a hand-worked string: 6 faults where FIFO has 7', () => {
    const run = simulateReferences('CLOCK', 3, REFS);
    expect(run.steps.map((s) => s.victim)).toEqual([null, null, null, 1, null, 3, null, 4]);
    expect(run.steps[5]!.reason).toBe('clock hand at frame 2, reference bit 0 (cleared 1 on the way)');
    expect(run.steps[7]!.frames).toEqual([6, 2, 5]);
    expect(run.misses).toBe(6);
    expect(simulateReferences('FIFO', 3, REFS).misses).toBe(7);
  });

  it('describes the hand and the reference bits', () => {
    const s = clock.init(3, 1);
    for (let f = 0; f < 3; f++) clock.onLoad(s, f, f);
    expect(clock.chooseVictim(s, () => true)?.frame).toBe(0);
    clock.onLoad(s, 0, 3);
    expect(clock.describe(s)).toEqual({ kind: 'clock', hand: 1, referenced: [1, 0, 0] });
  });

  it('passes over pinned frames without clearing their bits', () => {
    const s = clock.init(3, 1);
    for (let f = 0; f < 3; f++) clock.onLoad(s, f, f);
    expect(clock.chooseVictim(s, (f) => f === 2)).toMatchObject({ frame: 2 });
    expect(clock.describe(s)).toEqual({ kind: 'clock', hand: 0, referenced: [1, 1, 0] });
    expect(clock.chooseVictim(s, () => false)).toBeNull();
    expect(clock.describe(s)).toMatchObject({ hand: 0 });
  });
});
