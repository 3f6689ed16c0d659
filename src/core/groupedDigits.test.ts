import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedDigits } from './groupedDigits';

describe('groupedDigits', () => {
  it('groups as English toLocaleString does for any whole number', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(groupedDigits(n)).toBe(n.toLocaleString('en'));
      }),
    );
  });

  it('leaves short numbers as they are', () => {
    expect([0, 7, 999, 1000, 123456].map(groupedDigits)).toEqual(['0', '7', '999', '1,000', '123,456']);
  });
});
