import type { FieldError } from '../../scenario/fieldErrors';
import type { FsConfig } from '../config';
import type { CleanerPolicyName } from '../lfs/cleanerPolicies';
import { segmentCount } from '../lfs/segments';

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

/**
 * Refusals of the log's settings the schema cannot see alone: `lfs` under another layout, `ffs` under this one,
 * marks out of order, or more free segments asked for than the disk has beside the head's.
 */
export function logConfigErrors(c: FsConfig, path = 'fs'): FieldError[] {
  const wrong = (field: string, limit: string, message: string): FieldError[] => [
    { path: `${path}.${field}`, limit, message: `${path}.${field} ${message}` },
  ];
  if (c.layout !== 'lfs')
    return wrong('lfs', 'layout lfs', `applies only to the log: set ${path}.layout to "lfs", or remove ${path}.lfs`);
  if (c.ffs !== undefined)
    return wrong('ffs', 'layout ffs', `applies only to the FFS layout: remove it, or set ${path}.layout to "ffs"`);
  const log = c.lfs ?? DEFAULT_LOG;
  const segments = segmentCount(c.blocks, log.segmentBlocks);
  if (segments < 3)
    return wrong(
      'lfs.segmentBlocks',
      `at most ${Math.floor((c.blocks - 1) / 3)} on ${c.blocks} blocks`,
      `(${log.segmentBlocks}) leaves ${segments} segments on ${c.blocks} blocks: the log needs 3 or more, one for its head and two to clean between`,
    );
  if (log.cleanTo < log.cleanBelow)
    return wrong(
      'lfs.cleanTo',
      `at least lfs.cleanBelow (${log.cleanBelow})`,
      `(${log.cleanTo}) must be at least ${path}.lfs.cleanBelow (${log.cleanBelow}): the cleaner cleans from one mark up to the other`,
    );
  if (log.cleanTo > segments - 1)
    return wrong(
      'lfs.cleanTo',
      `at most ${segments - 1}`,
      `(${log.cleanTo}) must be at most ${segments - 1}: the disk has ${segments} segments of ${log.segmentBlocks} blocks, and the head's is never free`,
    );
  return [];
}
