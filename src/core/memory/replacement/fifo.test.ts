import { describe, expect, it } from 'vitest';
import { fifo } from './fifo';
import { beladyExample, simulateReferences } from './referenceString';

describe('FIFO', () => {
  it('Silberschatz reference string, 3 frames: 15 faults', () => {
    const refs = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1];
    expect(simulateReferences('FIFO', 3, refs).misses).toBe(15);
  });

  it("Belady's anomaly: 9 faults with 3 frames, 10 with 4", () => {
    expect(beladyExample()).toEqual([1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5]);
    expect(simulateReferences('FIFO', 3, beladyExample()).misses).toBe(9);
    expect(simulateReferences('FIFO', 4, beladyExample()).misses).toBe(10);
  });

  it('hits do not reorder: 1,2,3,1,4 evicts 1', () => {
    const run = simulateReferences('FIFO', 3, [1, 2, 3, 1, 4]);
    expect(run.steps[4]).toMatchObject({ victim: 1, frame: 0, reason: 'first in (loaded at 0)' });
    expect(run.steps[4]!.memory).toEqual([2, 3, 4]);
  });

  it('passes over pinned frames and keeps them at the front', () => {
    const s = fifo.init(3, 1);
    for (let f = 0; f < 3; f++) fifo.onLoad(s, f, f);
    expect(fifo.chooseVictim(s, (f) => f !== 0)?.frame).toBe(1);
    fifo.onLoad(s, 1, 5);
    expect(fifo.describe(s)).toMatchObject({ frames: [0, 2, 1] });
  });
});
