import { describe, expect, it } from 'vitest';
import { pyFixed2, pyRound2 } from './pyFormat';

describe("pyFixed2 prints like Python's '%.2f'", () => {
  it('rounds exact ties to even and everything else to nearest', () => {
    // python3 -c "print('%.2f %.2f %.2f %.2f %.2f' % (29/8, 0.125, 0.375, 2.5/3, 1e9/3))"  ->  3.62 0.12 0.38 0.83 333333333.33
    expect([29 / 8, 0.125, 0.375, 2.5 / 3, 1e9 / 3].map(pyFixed2)).toEqual([
      '3.62',
      '0.12',
      '0.38',
      '0.83',
      '333333333.33',
    ]);
    expect(pyFixed2(200)).toBe('200.00');
    expect(pyRound2(20 / 3)).toBe(6.67);
    expect(pyRound2(0.625)).toBe(0.62);
  });
});
