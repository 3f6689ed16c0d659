import { describe, expect, it } from 'vitest';
import { opt, unopt } from './opt';
import { simulateReferences } from './referenceString';

describe('OPT', () => {
  it('Silberschatz reference string, 3 frames: 9 faults', () => {
    const refs = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1];
    const run = simulateReferences('OPT', 3, refs);
    expect(run.misses).toBe(9);
    expect(run.steps[3]).toMatchObject({ victim: 7, reason: 'next used 14 references ahead' });
  });

  it('ties among pages never used again go to the latest loaded, as OSTEP does', () => {
    // 4 evicts 3 (loaded after 1 and 2), then 5 evicts 4: OSTEP prints memory [1, 2, 5]
    const run = simulateReferences('OPT', 3, [1, 2, 3, 4, 5]);
    expect(run.steps.map((s) => s.victim)).toEqual([null, null, null, 3, 4]);
    expect(run.steps[4]).toMatchObject({ memory: [1, 2, 5], reason: 'never used again (latest loaded of 3 ties)' });
  });

  it('without next-use information every page ties, and pinned frames are never chosen', () => {
    const s = opt.init(3, 1);
    for (const f of [2, 0, 1]) opt.onLoad(s, f, 0);
    expect(opt.chooseVictim(s, () => true)?.frame).toBe(1);
    expect(opt.chooseVictim(s, (f) => f !== 1)?.frame).toBe(0);
    expect(
      opt.chooseVictim(
        s,
        () => true,
        (f) => [5, 9, 1][f]!,
      )?.frame,
    ).toBe(1);
    expect(opt.describe(s)).toEqual({ kind: 'order', label: 'insertion order', frames: [2, 0, 1] });
  });
});

describe('UNOPT', () => {
  it('evicts the page used soonest: every reference of a cycle over one more page than frames misses', () => {
    const run = simulateReferences('UNOPT', 3, [0, 1, 2, 3, 0, 1, 2, 3]);
    expect(run.hits).toBe(0);
    expect(run.steps[3]).toMatchObject({ victim: 0, reason: 'next used 1 references ahead' });
  });

  it('takes a page never used again only when no resident page is used again, then the earliest loaded', () => {
    // OSTEP prints memory [1, 3], [3, 2], [2, 4] for the last three references
    const run = simulateReferences('UNOPT', 2, [1, 2, 3, 2, 4]);
    expect(run.steps.map((s) => s.victim)).toEqual([null, null, 2, 1, 3]);
    expect(run.steps.map((s) => s.memory).slice(2)).toEqual([
      [1, 3],
      [3, 2],
      [2, 4],
    ]);
    expect(run.steps[4]).toMatchObject({ reason: 'never used again (earliest loaded of 2 ties)' });
    const s = unopt.init(3, 1);
    for (const f of [2, 0, 1]) unopt.onLoad(s, f, 0);
    expect(unopt.chooseVictim(s, () => true)?.frame).toBe(2);
    expect(
      unopt.chooseVictim(
        s,
        () => true,
        (f) => [5, 9, 1][f]!,
      )?.frame,
    ).toBe(2);
    expect(
      unopt.chooseVictim(
        s,
        (f) => f !== 2,
        (f) => [5, 9, 1][f]!,
      )?.frame,
    ).toBe(0);
  });
});
