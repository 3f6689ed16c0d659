import { describe, expect, it } from 'vitest';
import { tickShown } from './pageTiming';

describe('tickShown', () => {
  it('reads the playback bar’s tick with its digits grouped, as the page prints it', () => {
    expect(tickShown('Tick 3,501 / 7,003')).toBe(3501);
    expect(tickShown('Tick 10,000,297 / 10,000,297 finished')).toBe(10_000_297);
    expect(tickShown('Tick 0 / ≤ 1,814,000')).toBe(0);
    expect(tickShown(null)).toBeNaN();
  });
});
