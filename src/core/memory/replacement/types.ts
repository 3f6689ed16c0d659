import type { PyRandomState } from '../../ostep/pyRandom';
import type { ReplacementName } from '../types';

/**
 * A page-replacement policy over a fixed set of physical frames (0..frames-1). The memory manager tells it
 * when a frame is filled, referenced or freed, and asks it for a victim among the frames `evictable`
 * accepts (pinned frames are never offered). Its state is plain data (typed arrays and numbers) so it
 * clones with the simulation; `tick` is a monotonically increasing reference counter or simulated tick.
 */
export interface ReplacementPolicy<S = unknown> {
  readonly name: ReplacementName;
  init(frames: number, seed: number): S;
  /** a page was placed in `frame`; on a frame that still holds a page (the victim) it replaces that page */
  onLoad(state: S, frame: number, tick: number): void;
  /** the page in `frame` was referenced (read or write) */
  onAccess(state: S, frame: number, tick: number): void;
  /** `frame` became free (deallocation, compaction moved its page away); a no-op on a free frame */
  onFree(state: S, frame: number): void;
  /** a page moved from frame `from` to frame `to` (compaction) with its history */
  onMove(state: S, from: number, to: number): void;
  /**
   * Chooses a victim. `nextUse(frame)` (OPT and UNOPT only) is the distance to the frame's page's next reference,
   * Infinity when never. Returns null when no frame is evictable. It may update the state (the CLOCK hand and
   * reference bits or counters, the second-chance queue, the PRNG); the victim stays resident until onLoad or onFree.
   */
  chooseVictim(state: S, evictable: (frame: number) => boolean, nextUse?: (frame: number) => number): Victim | null;
  /** for the views: e.g. the CLOCK hand, FIFO order, LRU order, aging counters */
  describe(state: S): ReplacementView;
  /**
   * Simulated time reached `tick` with no access (optional: only AGING uses it, to shift its counters; onLoad
   * and onAccess catch up on their own tick too). Call it before chooseVictim so the counters are current.
   */
  onTick?(state: S, tick: number): void;
}

export interface Victim {
  frame: number;
  /** why, in a few words: "least recently used (last used at 12)", "clock hand at frame 3, reference bit 0" */
  reason: string;
}

export type ReplacementView =
  | { kind: 'order'; label: string; frames: number[] }
  /** `referenced`: one entry per frame, 1 when its reference bit is set (0 for free frames) */
  | { kind: 'clock'; hand: number; referenced: number[] }
  /** `values`: one per frame; `order`: the resident frames in the policy's own list order, when it keeps one */
  | { kind: 'counters'; label: string; values: number[]; order?: number[] }
  | { kind: 'none' };

export interface ReplacementOptions {
  /** AGING: ticks between counter shifts (default 1) */
  agingPeriod?: number;
  /** CLOCK_COUNTERS: the most a page's use counter reaches (OSTEP's -b, default 2) */
  clockCounterLimit?: number;
  /**
   * RANDOM and CLOCK_COUNTERS: draw from CPython's `random`, continuing this state (copied at init, so the
   * caller's is untouched), instead of the policy's own seeded stream; the seed is then unused. This is how
   * OSTEP's paging-policy.py draws, after generating its reference string from the same stream.
   */
  pythonRandom?: PyRandomState;
}

/** One page-replacement policy as the registry lists it (registry.ts): what it is, and how to make it. */
export interface ReplacementModule {
  name: ReplacementName;
  /** its name in the UI */
  label: string;
  /** how it picks a victim, in one line */
  description: string;
  /**
   * Whether a live run may use it. OPT and UNOPT read each page's next use, which depends on scheduling that
   * has not happened yet: they run only on a given reference string (validation refuses them for a run).
   */
  live: boolean;
  /** The policy object (policies hold no state: it lives in the value `init` returns); `create`'s parameter type names the options it reads. */
  create(options: ReplacementOptions): ReplacementPolicy;
}
