import type { CleanerPolicyName } from '../lfs/cleanerPolicies';

/**
 * A log-structured layout's parameters, as a scenario's `fs.lfs` gives them: the blocks in a segment, and the
 * cleaner's low- and high-water marks in free segments and its policy (lfs/cleaner.ts).
 */
export interface LogConfig {
  segmentBlocks: number;
  /** the cleaner starts when fewer segments than this are free */
  cleanBelow: number;
  /** and cleans until this many are free (or nothing is worth cleaning) */
  cleanTo: number;
  policy: CleanerPolicyName;
}

/**
 * 16-block segments give the default 1,024-block disk 63 of them and a teaching disk of 128 blocks 7: enough to
 * watch the cleaner free a few at a time.
 */
export const DEFAULT_LOG: Readonly<LogConfig> = Object.freeze({
  segmentBlocks: 16,
  cleanBelow: 2,
  cleanTo: 4,
  policy: 'greedy',
});

export const LOG_LIMITS = { minSegmentBlocks: 4, maxSegmentBlocks: 1_024 } as const;
