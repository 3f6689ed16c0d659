import { firstFit as lowestRun, largestRun } from '../freeRuns';
import { holeAt } from './hole';
import type { HolePlacement } from './types';

/** The longest hole (most left over, in the hope it stays useful). */
export const worstFit: HolePlacement = {
  kind: 'hole',
  name: 'worstFit',
  label: 'worst fit',
  hole: (m) => holeAt(m, lowestRun(m.runs, largestRun(m.runs))),
};
