import { CONTIGUOUS } from './contiguous';
import { EXTENTS } from './extents';
import { INDEXED } from './indexed';
import { LINKED } from './linked';
import type { AllocationName, AllocationStrategy } from './types';

/** Every allocation strategy by name (the type makes a missing one a compile error). */
export const ALLOCATION_STRATEGIES: Readonly<Record<AllocationName, AllocationStrategy>> = {
  CONTIGUOUS,
  LINKED,
  INDEXED,
  EXTENTS,
};
