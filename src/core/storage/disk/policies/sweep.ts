import type { DiskChoice, DiskChoiceView } from './diskPolicy';
import { shortestAccess, trackOf, travelOf, waiting } from './diskPolicy';

const OUTER = 0;

export interface SweepShape {
  policy: 'SCAN' | 'C-SCAN' | 'LOOK' | 'C-LOOK';
  /** sweeps inwards only, going back to the outer side when nothing lies ahead */
  circular: boolean;
  /** travels to the last track before turning (SCAN, C-SCAN) rather than turning at the last request (LOOK) */
  toEdge: boolean;
}

/** Drops legs that go nowhere: a track the arm is already over. */
function trimLegs(from: number, legs: readonly number[]): number[] {
  const out: number[] = [];
  let at = from;
  for (const t of legs) if (t !== at) out.push((at = t));
  return out;
}

/**
 * The SCAN family: the nearest track with a request ahead in the sweep's direction (the arm's own track counts as
 * ahead); with none ahead, the sweep turns (or, circular, returns to the outer side), by the edge for SCAN and
 * C-SCAN. On the chosen track, the request that comes round first.
 */
export function sweepChoice(shape: SweepShape, view: DiskChoiceView): DiskChoice | null {
  const { config, state } = view;
  const arm = state.arm.track;
  const inner = config.layout.trackEnds.length - 1;
  const pending = waiting(view);
  if (pending.length === 0) return null;
  const trackAt = (i: number) => trackOf(config, state.queue[i] as number);
  const tracks = pending.map(trackAt);
  const direction = shape.circular ? 1 : state.direction;
  const ahead = tracks.filter((t) => (t - arm) * direction >= 0);
  const nearest = (ts: number[]) => ts.reduce((a, b) => (Math.abs(b - arm) < Math.abs(a - arm) ? b : a));
  let track: number;
  let via: number[] = [];
  let next: 1 | -1 = direction;
  const turned = ahead.length === 0;
  if (!turned) track = nearest(ahead);
  else if (shape.circular) {
    track = Math.min(...tracks);
    if (shape.toEdge) via = [inner, OUTER];
  } else {
    next = direction === 1 ? -1 : 1;
    track = nearest(tracks);
    if (shape.toEdge) via = [direction === 1 ? inner : OUTER];
  }
  const legs = trimLegs(arm, [...via, track]);
  const onTrack = pending.filter((i) => trackAt(i) === track);
  const best = shortestAccess(view, onTrack, () => travelOf(arm, legs));
  if (!best) return null;
  return {
    index: best.index,
    legs,
    direction: next,
    reason: {
      kind: 'sweep',
      policy: shape.policy,
      direction: next,
      turned,
      track,
      via: legs.slice(0, -1),
      onTrack: onTrack.length,
      estimate: best.estimate,
    },
  };
}
