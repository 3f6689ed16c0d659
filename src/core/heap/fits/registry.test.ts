import { describe, expect, it } from 'vitest';
import { FIT_POLICIES } from '../types';
import { FITS } from './registry';

const LIST = [
  { addr: 0, size: 4 },
  { addr: 10, size: 9 },
  { addr: 30, size: 6 },
  { addr: 50, size: 9 },
];

describe('the fit registry', () => {
  it('holds every fit under its own name', () => {
    for (const name of FIT_POLICIES) expect(FITS[name].name).toBe(name);
  });

  it("searches by each fit's rule, ties to the earliest element", () => {
    expect(FITS.FIRST.search(LIST, 5, 3)).toEqual({ examined: [0, 1], chosen: 1 });
    expect(FITS.NEXT.search(LIST, 5, 3)).toEqual({ examined: [3], chosen: 3 });
    expect(FITS.NEXT.search(LIST, 10, 2)).toEqual({ examined: [2, 3, 0, 1], chosen: null });
    expect(FITS.BEST.search(LIST, 5, 3)).toEqual({ examined: [0, 1, 2, 3], chosen: 2 });
    expect(FITS.WORST.search(LIST, 5, 3)).toEqual({ examined: [0, 1, 2, 3], chosen: 1 });
    expect(FITS.BEST.search([], 5, 0)).toEqual({ examined: [], chosen: null });
  });
});
