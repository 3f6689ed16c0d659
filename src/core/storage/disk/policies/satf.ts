import { straightTotal, accessRow } from '../accessMemo';
import { estimate } from '../diskEstimate';
import type { DiskChoiceView, DiskPolicy } from './diskPolicy';
import { straightTo, trackOf, waiting } from './diskPolicy';

/**
 * The request in the window with the shortest estimated seek+rotate+transfer from where the head is now, the first
 * in queue order on a tie (disk.py's DoSATF). The estimates come from the memo (accessMemo.ts): a pick of a window
 * of w reads w numbers once the run has met the head's position before.
 */
export function satfChoice(view: DiskChoiceView) {
  const { config, state } = view;
  const candidates = waiting(view);
  const arm = state.arm.track;
  const angle = state.angle;
  const row = accessRow(config, angle, arm);
  const queue = state.queue;
  let best = -1;
  let min = -1;
  for (let i = 0; i < candidates.length; i++) {
    const index = candidates[i] as number;
    const block = queue[index] as number;
    const kept = row[block] as number;
    // NaN is the only value unequal to itself: not yet worked out (most picks meet a head position seen before)
    const total = kept === kept ? kept : straightTotal(config, row, angle, arm, block);
    if (min === -1 || total < min) {
      min = total;
      best = index;
    }
  }
  if (best === -1) return null;
  const block = queue[best] as number;
  const track = trackOf(config, block);
  return {
    index: best,
    legs: straightTo(arm, track),
    reason: {
      kind: 'satf' as const,
      estimate: estimate(config, angle, block, Math.abs(arm - track)),
      candidates: candidates.length,
      window: view.end,
    },
  };
}

export const satf: DiskPolicy = {
  name: 'SATF',
  label: 'Shortest access time first (seek and rotation)',
  ostep: true,
  windowed: true,
  choose: satfChoice,
};
