import type { FitPolicy } from '../types';
import { bestFit } from './best';
import type { Fit } from './fit';
import { firstFit } from './first';
import { nextFit } from './next';
import { worstFit } from './worst';

/** Every fit policy by name (the type makes a missing one a compile error). */
export const FITS: Readonly<Record<FitPolicy, Fit>> = {
  FIRST: firstFit,
  BEST: bestFit,
  WORST: worstFit,
  NEXT: nextFit,
};
