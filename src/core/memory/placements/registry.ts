import type { Placement } from '../types';
import { anyFree } from './anyFree';
import { bestFit } from './bestFit';
import { firstFit } from './firstFit';
import { nextFit } from './nextFit';
import type { PlacementModule } from './types';
import { worstFit } from './worstFit';

/** Every memory placement by name (the type makes a missing one a compile error). */
export const PLACEMENT_MODULES = {
  firstFit,
  bestFit,
  worstFit,
  nextFit,
  anyFree,
} as const satisfies Readonly<Record<Placement, PlacementModule>>;
