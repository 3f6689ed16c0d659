import type { RunResult, SchedulerConfig } from '../core/index';
import type { ReferenceRun } from '../core/memory/replacement/referenceString';

/** One scheduler's whole run of the loaded scenario, for the comparison view; the timeline packed as in timeline.ts. */
export interface CompareEntry {
  scheduler: SchedulerConfig;
  result: Omit<RunResult, 'events' | 'timeline' | 'gpuTimeline'>;
  timeline: Int32Array;
}

/** One policy's run of a reference string, for the replacement comparison. */
export type ReplacementComparison = ReferenceRun & { policy: string };
