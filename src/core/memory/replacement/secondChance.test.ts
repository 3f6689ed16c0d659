import { describe, expect, it } from 'vitest';
import { simulateReferences } from './referenceString';
import { secondChance } from './secondChance';

describe('second chance', () => {
  it('the CLOCK hand-worked string: same victims, and the queue order', () => {
    // Before 6 the queue is 4,2,5 with every bit set: each goes to the back cleared, then 4 is evicted.
    const run = simulateReferences('SECOND_CHANCE', 3, [1, 2, 3, 4, 2, 5, 2, 6]);
    expect(run.steps.map((s) => s.victim)).toEqual([null, null, null, 1, null, 3, null, 4]);
    expect(run.steps[5]!.reason).toBe('oldest page without a second chance (1 sent to the back)');
    expect(run.steps[7]!.memory).toEqual([2, 5, 6]);
  });

  it('a referenced page goes to the back; pinned pages stay where they are', () => {
    const s = secondChance.init(3, 1);
    for (let f = 0; f < 3; f++) secondChance.onLoad(s, f, f);
    secondChance.onAccess(s, 2, 3);
    secondChance.onFree(s, 1);
    secondChance.onLoad(s, 1, 4);
    // queue 0,2,1 (bits 1,1,1), frame 0 pinned: 2 then 1 requeue cleared, and 2 comes round first
    expect(secondChance.chooseVictim(s, (f) => f !== 0)?.frame).toBe(2);
    expect(secondChance.describe(s)).toMatchObject({ frames: [0, 2, 1] });
    expect(secondChance.chooseVictim(s, () => false)).toBeNull();
  });
});
