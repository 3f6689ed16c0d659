import { pyFixed2 } from '../../core/ostep/pyFormat';

/** A number as OSTEP prints its statistics: two decimals, Python's rounding. */
export const fixed2 = (x: number): string => pyFixed2(x);

/** 0x%08x, as OSTEP prints addresses and page-table entries. */
export const hex8 = (x: number): string => `0x${(x >>> 0).toString(16).padStart(8, '0')}`;
