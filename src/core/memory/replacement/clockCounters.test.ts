import { describe, expect, it } from 'vitest';
import { pySeed } from '../../ostep/pyRandom';
import { clockCounters } from './clockCounters';
import { simulateReferences } from './referenceString';

const OSTEP_VICTIMS = [null, null, null, 1, null, 2, 0, 3, 1, 5];

describe('CLOCK_COUNTERS (OSTEP paging-policy.py CLOCK)', () => {
  it('sets a counter to 1 on load and raises it per access up to the limit; a limit of 0 resets it', () => {
    const p = clockCounters(2);
    const s = p.init(2, 1);
    p.onLoad(s, 0, 0);
    p.onLoad(s, 1, 1);
    for (let i = 0; i < 5; i++) p.onAccess(s, 0, 2 + i);
    expect(p.describe(s)).toEqual({ kind: 'counters', label: 'use counters (limit 2)', values: [2, 1], order: [0, 1] });
    const zero = clockCounters(0);
    const z = zero.init(1, 1);
    zero.onLoad(z, 0, 0);
    expect(z.counter[0]).toBe(1);
    zero.onAccess(z, 0, 1);
    expect(z.counter[0]).toBe(0);
  });

  it('probes until a counter is 0, decrementing on the way, and never picks a frame it may not evict', () => {
    const p = clockCounters(3);
    const s = p.init(4, 9);
    for (let f = 0; f < 4; f++) p.onLoad(s, f, f);
    for (let i = 0; i < 2; i++) p.onAccess(s, 2, 4 + i);
    const v = p.chooseVictim(s, (f) => f !== 3);
    expect(v).not.toBeNull();
    expect(v!.frame).not.toBe(3);
    expect(s.counter[v!.frame]).toBe(0);
    const before = 1 + 1 + 3;
    const after = s.counter[0]! + s.counter[1]! + s.counter[2]!;
    expect(v!.reason).toContain(`random probe ${before - after + 1} `);
    expect(p.chooseVictim(s, () => false)).toBeNull();
  });

  it("draws from CPython's stream when given one, leaving the caller's state untouched", () => {
    const rng = pySeed(3);
    const before = { mt: rng.mt.slice(), index: rng.index };
    const refs = [0, 1, 2, 3, 0, 4, 1, 5, 2, 0];
    const a = simulateReferences('CLOCK_COUNTERS', 3, refs, 1, { pythonRandom: rng });
    expect(rng).toEqual(before);
    expect(simulateReferences('CLOCK_COUNTERS', 3, refs, 1, { pythonRandom: pySeed(3) })).toEqual(a);
    // python3 paging-policy.py -p CLOCK -a 0,1,2,3,0,4,1,5,2,0 -C 3 -s 3 -c (OSTEP at 6c6cfc7, Python 3.11.7)
    expect(a.steps.map((s) => s.victim)).toEqual(OSTEP_VICTIMS);
  });
});
