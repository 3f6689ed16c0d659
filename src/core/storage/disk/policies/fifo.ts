import { estimate } from '../diskEstimate';
import type { DiskPolicy } from './diskPolicy';
import { straightTo, trackOf } from './diskPolicy';

/** First in, first out: the requests in the order they came, whatever the window. */
export const fifo: DiskPolicy = {
  name: 'FIFO',
  label: 'First in, first out',
  ostep: true,
  windowed: false,
  choose({ config, state }) {
    const index = state.served;
    const block = state.queue[index];
    if (block === undefined) return null;
    const track = trackOf(config, block);
    const e = estimate(config, state.angle, block, Math.abs(state.arm.track - track));
    return { index, legs: straightTo(state.arm.track, track), reason: { kind: 'fifo', estimate: e } };
  },
};
