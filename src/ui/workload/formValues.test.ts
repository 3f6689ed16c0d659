import { describe, expect, it } from 'vitest';
import { parseNumberList, toNumber } from './formValues';

describe('form values', () => {
  it('reads numbers, leaves blanks out and keeps other text as typed', () => {
    expect(toNumber(' 12 ')).toBe(12);
    expect(toNumber('')).toBeUndefined();
    expect(toNumber('1e3')).toBe(1000);
    expect(toNumber('abc')).toBe('abc');
  });

  it('splits bursts on commas and spaces', () => {
    expect(parseNumberList('5, 3,4  2 ,1')).toEqual([5, 3, 4, 2, 1]);
    expect(parseNumberList(' ')).toEqual([]);
    expect(parseNumberList('5, x')).toEqual([5, 'x']);
  });
});
