import { firstFit as lowestRun, nextFree, nextUsed } from '../freeRuns';
import { holeAt } from './hole';
import type { Hole, HolePlacement } from './types';

/**
 * First fit from where the last allocation ended (m.rover), wrapping around to frame 0; the hole holding the
 * rover counts from the rover on.
 */
export const nextFit: HolePlacement = {
  kind: 'hole',
  name: 'nextFit',
  label: 'next fit',
  hole(m, pages) {
    const t = m.runs;
    let found: Hole | null = null;
    for (let s = nextFree(t, m.rover, m.frames); s < m.frames && found === null;) {
      const e = nextUsed(t, s, m.frames);
      if (e - s >= pages) found = { start: s, length: e - s };
      s = nextFree(t, e, m.frames);
    }
    return found ?? holeAt(m, lowestRun(t, pages));
  },
};
