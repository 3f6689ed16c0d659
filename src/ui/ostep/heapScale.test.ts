import { describe, expect, it } from 'vitest';
import { barMinWidth, scaleTicks } from './heapScale';

describe('the heap scale', () => {
  it('puts round addresses under the bar', () => {
    expect(scaleTicks(1000, 100, 10)).toEqual([1000, 1010, 1020, 1030, 1040, 1050, 1060, 1070, 1080, 1090, 1100]);
    expect(scaleTicks(0, 4096, 8)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(scaleTicks(3, 10, 4)).toEqual([5, 10]);
  });

  it('widens the bar so the smallest chunk stays visible, up to a limit', () => {
    expect(barMinWidth(100, [16, 84])).toBe(38);
    expect(barMinWidth(100_000, [4, 99_996])).toBe(30_000);
    expect(barMinWidth(100, [])).toBe(0);
  });
});
