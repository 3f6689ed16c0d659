import { forEachRun } from '../freeRuns';
import type { Hole, HolePlacement } from './types';

/** The shortest hole that fits (least left over). */
export const bestFit: HolePlacement = {
  kind: 'hole',
  name: 'bestFit',
  label: 'best fit',
  hole(m, pages) {
    let best: Hole | null = null;
    forEachRun(m.runs, m.frames, (start, length) => {
      if (length >= pages && (best === null || length < best.length)) best = { start, length };
      return length === pages;
    });
    return best;
  },
};
