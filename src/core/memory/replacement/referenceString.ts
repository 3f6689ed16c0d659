import { REPLACEMENTS, type ReplacementName } from '../types';
import { replacementPolicy } from './registry';
import type { ReplacementOptions, ReplacementView } from './types';

export interface ReferenceStep {
  /** the page referenced */
  ref: number;
  hit: boolean;
  /** the page evicted to make room, or null (a hit, or a free frame was used) */
  victim: number | null;
  /** the frame that holds `ref` after the step; null only when there are no frames */
  frame: number | null;
  /** the page in each frame after the step */
  frames: (number | null)[];
  /** resident pages in the policy's own order (FIFO first-in first; LRU and MRU least recent first; OPT,
   * UNOPT, RANDOM and CLOCK_COUNTERS insertion order; SECOND_CHANCE its queue; CLOCK and AGING by frame):
   * for OSTEP's policies, the list its paging-policy.py prints */
  memory: number[];
  /** why the victim or the free frame was chosen */
  reason?: string;
}

export interface ReferenceRun {
  hits: number;
  misses: number;
  /** hits ÷ references, unrounded (0 for an empty string) */
  hitRate: number;
  steps: ReferenceStep[];
}

/** OSTEP's paging-policy.py may evict any frame. */
const everyFrame = (): boolean => true;

/** For each position, the position of the same page's next reference, or Infinity. */
function nextPositions(refs: readonly number[]): number[] {
  const next = Array.from({ length: refs.length }, () => Infinity);
  const seen = new Map<number, number>();
  for (let i = refs.length - 1; i >= 0; i--) {
    next[i] = seen.get(refs[i]!) ?? Infinity;
    seen.set(refs[i]!, i);
  }
  return next;
}

function orderedFrames(view: ReplacementView, framePage: (number | null)[]): number[] {
  if (view.kind === 'order') return view.frames;
  if (view.kind === 'counters' && view.order) return view.order;
  return framePage.flatMap((p, f) => (p === null ? [] : [f]));
}

/** A page-reference string through a real policy object, every step held (referenceRun says how it runs). */
export function simulateReferences(
  policyName: ReplacementName,
  frames: number,
  refs: readonly number[],
  seed = 1,
  options: ReplacementOptions = {},
): ReferenceRun {
  const steps = [...referenceSteps(policyName, frames, refs, seed, options)];
  let hits = 0;
  for (const step of steps) if (step.hit) hits++;
  return { hits, misses: refs.length - hits, hitRate: refs.length === 0 ? 0 : hits / refs.length, steps };
}

/** One reference's outcome, without the frames and memory lists a ReferenceStep adds (O(frames) each). */
export type ReferenceOutcome = Omit<ReferenceStep, 'frames' | 'memory'>;

/**
 * The steps of simulateReferences one at a time, as they are made: a long string is answered in memory for
 * one step, not for all of them.
 */
export function* referenceSteps(
  policyName: ReplacementName,
  frames: number,
  refs: readonly number[],
  seed = 1,
  options: ReplacementOptions = {},
): Generator<ReferenceStep> {
  const run = referenceRun(policyName, frames, refs, seed, options);
  for (const outcome of run.outcomes) {
    const memory = orderedFrames(run.policy.describe(run.state), run.framePage).map((f) => run.framePage[f]!);
    yield { ...outcome, frames: run.framePage.slice(), memory };
  }
}

/**
 * The outcomes alone (OSTEP's paging-policy text on a command line, which keeps its own copy of the resident
 * list): each step costs what the policy's decision costs, not a copy of every frame.
 */
export function referenceOutcomes(
  policyName: ReplacementName,
  frames: number,
  refs: readonly number[],
  seed = 1,
  options: ReplacementOptions = {},
): Iterable<ReferenceOutcome> {
  return referenceRun(policyName, frames, refs, seed, options).outcomes;
}

/**
 * Runs a page-reference string through a real policy object, as OSTEP's paging-policy.py does: reference
 * i happens at tick i, frames fill in order while free, then every miss evicts a victim (every frame is
 * evictable) and the new page takes the victim's frame. OPT and UNOPT see each page's next use from the
 * string. `options.pythonRandom` makes RANDOM and CLOCK_COUNTERS draw as paging-policy.py does. The policy,
 * its state and the page in each frame are read between outcomes.
 */
function referenceRun(
  policyName: ReplacementName,
  frames: number,
  refs: readonly number[],
  seed: number,
  options: ReplacementOptions,
) {
  const n = Math.max(0, Math.floor(frames));
  const policy = replacementPolicy(policyName, options);
  const state = policy.init(n, seed);
  const framePage = Array.from({ length: n }, (): number | null => null);
  function* outcomes(): Generator<ReferenceOutcome> {
    const next = nextPositions(refs);
    const frameNext = Array.from({ length: n }, () => Infinity);
    const where = new Map<number, number>();
    const nextUse = (f: number): number => frameNext[f]! - i;
    let i = 0;
    for (; i < refs.length; i++) {
      const ref = refs[i]!;
      policy.onTick?.(state, i);
      let frame = where.get(ref) ?? null;
      let victim: number | null = null;
      let reason: string | undefined;
      const hit = frame !== null;
      if (frame !== null) {
        policy.onAccess(state, frame, i);
      } else {
        if (where.size < n) {
          frame = where.size;
          reason = `frame ${frame} was free`;
        } else {
          const v = policy.chooseVictim(state, everyFrame, nextUse);
          if (v) {
            frame = v.frame;
            victim = framePage[frame]!;
            where.delete(victim);
            reason = v.reason;
          } else {
            reason = 'no frames';
          }
        }
        if (frame !== null) {
          where.set(ref, frame);
          framePage[frame] = ref;
          policy.onLoad(state, frame, i);
        }
      }
      if (frame !== null) frameNext[frame] = next[i]!;
      yield { ref, hit, victim, frame, ...(reason === undefined ? {} : { reason }) };
    }
  }
  return { policy, state, framePage, outcomes: outcomes() };
}

/** One run per policy over the same string, for the comparison view. */
export function compareReplacement(
  refs: readonly number[],
  frames: number,
  policies: readonly ReplacementName[] = REPLACEMENTS,
  seed = 1,
  options: ReplacementOptions = {},
): ({ policy: ReplacementName } & ReferenceRun)[] {
  return policies.map((policy) => ({ policy, ...simulateReferences(policy, frames, refs, seed, options) }));
}

/** The reference string of Belady's anomaly: FIFO has 9 faults with 3 frames but 10 with 4. */
export function beladyExample(): number[] {
  return [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];
}
