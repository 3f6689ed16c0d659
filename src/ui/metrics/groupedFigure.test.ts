import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedFigure } from './groupedFigure';

describe('groupedFigure', () => {
  it('groups the whole part and keeps the decimals', () => {
    expect([0, 0.03, 999, 1000, 6750.25, 1234567.5, -1500.5].map(groupedFigure)).toEqual([
      '0',
      '0.03',
      '999',
      '1,000',
      '6,750.25',
      '1,234,567.5',
      '-1,500.5',
    ]);
  });

  it('is the number itself once its commas are taken out (property, two-decimal figures)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (hundredths) => {
        const x = hundredths / 100;
        const shown = groupedFigure(x);
        expect(shown.replaceAll(',', '')).toBe(String(x));
        expect(shown).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
