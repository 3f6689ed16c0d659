import { approach, estimate, totalAfter, type TrackApproach } from '../diskEstimate';
import type { DiskConfig, DiskEstimate, DiskPolicyName, DiskReason, DiskState } from '../diskTypes';

/** What a policy sees when the disk asks for the next request. */
export interface DiskChoiceView {
  config: DiskConfig;
  state: Readonly<DiskState>;
  /** the scheduling window's end: the policy picks among queue positions before it that are not done */
  end: number;
}

export interface DiskChoice {
  index: number;
  /** the tracks the arm goes to in turn, the request's last; empty when it is over the request's track */
  legs: number[];
  reason: DiskReason;
  /** the SCAN family's sweep after this pick */
  direction?: 1 | -1;
}

/** One scheduling policy: its name, a line about it, and its pick (null only when nothing in the window waits). */
export interface DiskPolicy {
  name: DiskPolicyName;
  label: string;
  /** OSTEP's disk.py has it (the SCAN family is ours) */
  ostep: boolean;
  /** picks from the window (and weighs each request in it), rather than taking the queue's next */
  windowed: boolean;
  choose(view: DiskChoiceView): DiskChoice | null;
}

export const trackOf = (config: DiskConfig, block: number): number =>
  (config.layout.blocks[block] as { track: number }).track;

/** Queue positions before `end` not yet done, in queue order (the order ties fall in). */
export const waiting = ({ state }: DiskChoiceView): readonly number[] => state.open;

/** The tracks crossed on the way through `legs` from `from`. */
export function travelOf(from: number, legs: readonly number[]): number {
  let at = from;
  let sum = 0;
  for (const t of legs) {
    sum += Math.abs(t - at);
    at = t;
  }
  return sum;
}

/**
 * disk.py's DoSATF over `candidates` (queue positions): the least estimated seek+rotate+transfer, the first in
 * queue order on a tie; -1 is its "none yet", as in disk.py. `travel` is the tracks crossed to a candidate.
 */
export function shortestAccess(
  view: DiskChoiceView,
  candidates: readonly number[],
  travel: (track: number) => number,
): { index: number; estimate: DiskEstimate } | null {
  const { config, state } = view;
  // a candidate's seek and arrival depend only on its track: worked out once per track, not per request
  const approaches: (TrackApproach | undefined)[] = [];
  let best = -1;
  let min = -1;
  for (const index of candidates) {
    const block = state.queue[index] as number;
    const track = trackOf(config, block);
    const a = (approaches[track] ??= approach(config, state.angle, track, travel(track)));
    const total = totalAfter(config, a, block);
    if (min === -1 || total < min) {
      min = total;
      best = index;
    }
  }
  if (best === -1) return null;
  const block = state.queue[best] as number;
  return { index: best, estimate: estimate(config, state.angle, block, travel(trackOf(config, block))) };
}

/** The legs of a seek straight to `track`: none when the arm is over it. */
export const straightTo = (from: number, track: number): number[] => (track === from ? [] : [track]);
