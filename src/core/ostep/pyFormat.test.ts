import { describe, expect, it } from 'vitest';
import { pyFixed2, pyFloatRepr, pyRound2 } from './pyFormat';

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

describe("pyFloatRepr prints like Python's repr of a float", () => {
  // repr() of each in Python 3.11
  it.each([
    [0.0, '0.0'],
    [1.0, '1.0'],
    [2.5, '2.5'],
    [100.0, '100.0'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [0.00012, '0.00012'],
    [123456789.123, '123456789.123'],
    [1e16, '1e+16'],
    [9999999999999998.0, '9999999999999998.0'],
    [0.30000000000000004, '0.30000000000000004'],
    [1e-7, '1e-07'],
    [1.2345678e-10, '1.2345678e-10'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-2.5, '-2.5'],
    [1e22, '1e+22'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [Number.NaN, 'nan'],
  ])('%s', (x, text) => {
    expect(pyFloatRepr(x)).toBe(text);
  });
});
