import { firstFit as lowestRun } from '../freeRuns';
import { holeAt } from './hole';
import type { HolePlacement } from './types';

/** The lowest hole that fits. */
export const firstFit: HolePlacement = {
  kind: 'hole',
  name: 'firstFit',
  label: 'first fit',
  hole: (m, pages) => holeAt(m, lowestRun(m.runs, pages)),
};
