import type { DiskPolicy } from './diskPolicy';
import { shortestAccess, straightTo, trackOf, waiting } from './diskPolicy';

/** disk.py's bound on the distance it starts from. */
const MAX_TRACKS = 1000;

/**
 * Shortest seek first: the nearest track with a request in the window; among that track's requests, the one
 * that comes round first (disk.py's SSTF, which otherwise would serve them in queue order).
 */
export const sstf: DiskPolicy = {
  name: 'SSTF',
  label: 'Shortest seek time first (nearest track)',
  ostep: true,
  windowed: true,
  choose(view) {
    const { config, state } = view;
    const arm = state.arm.track;
    let distance = MAX_TRACKS;
    let onTrack: number[] = [];
    for (const i of waiting(view)) {
      const d = Math.abs(arm - trackOf(config, state.queue[i] as number));
      if (d < distance) {
        distance = d;
        onTrack = [i];
      } else if (d === distance) onTrack.push(i);
    }
    const best = shortestAccess(view, onTrack, () => distance);
    if (!best) return null;
    const track = trackOf(config, state.queue[best.index] as number);
    return {
      index: best.index,
      legs: straightTo(arm, track),
      reason: { kind: 'sstf', track, distance, onTrack: onTrack.length, estimate: best.estimate },
    };
  },
};
