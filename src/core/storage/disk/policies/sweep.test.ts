import { describe, expect, it } from 'vitest';
import { diskLayout } from '../diskLayout';
import { explainDiskDecision } from '../diskExplain';
import { runDisk } from '../diskRun';
import type { DiskLayout, DiskPolicyName } from '../diskTypes';

const layout = diskLayout([30, 30, 30], 0) as DiskLayout;

/** Block 13 (middle track) first; block 2 (outer track) arrives late, behind the sweep going inwards. */
function secondSeek(policy: DiskPolicyName) {
  const st = runDisk({ layout, seekSpeed: 1, rotateSpeed: 1, policy, window: -1 }, [13], [2]);
  if (typeof st === 'string') throw new Error(st);
  return { seek: st.log[1]?.seek, why: explainDiskDecision(st.decisions[1] as (typeof st.decisions)[number]) };
}

describe('the SCAN family turning with nothing ahead', () => {
  it.each([
    // the arm is over the middle track: LOOK turns there, SCAN goes on to the inner edge first (1 + 2 tracks)
    ['LOOK', 40, 'nothing lay ahead, so the sweep turns outwards, on the outer track,'],
    ['SCAN', 120, 'nothing lay ahead, so the sweep turns outwards, on the outer track by way of the inner track'],
    // circular: C-SCAN to the inner edge and back, C-LOOK straight back to the outermost request
    ['C-SCAN', 120, 'starts again from the outer side, on the outer track by way of the inner track'],
    ['C-LOOK', 40, 'starts again from the outer side, on the outer track,'],
  ] as const)('%s seeks %d ticks', (policy, seek, words) => {
    const r = secondSeek(policy);
    expect(r.seek).toBe(seek);
    expect(r.why).toContain(words);
  });
});
