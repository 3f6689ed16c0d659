import type { DiskChoiceView, DiskPolicy } from './diskPolicy';
import { shortestAccess, straightTo, trackOf, waiting } from './diskPolicy';

/** The request in the window with the shortest estimated seek+rotate+transfer from where the head is now. */
export function satfChoice(view: DiskChoiceView) {
  const candidates = waiting(view);
  const arm = view.state.arm.track;
  const best = shortestAccess(view, candidates, (track) => Math.abs(arm - track));
  if (!best) return null;
  const track = trackOf(view.config, (view.state.queue[best.index] as { block: number }).block);
  return {
    index: best.index,
    legs: straightTo(arm, track),
    reason: { kind: 'satf' as const, estimate: best.estimate, candidates: candidates.length, window: view.end },
  };
}

export const satf: DiskPolicy = {
  name: 'SATF',
  label: 'Shortest access time first (seek and rotation)',
  ostep: true,
  windowed: true,
  choose: satfChoice,
};
