import type { ReferenceRun, RunResult, SchedulerConfig } from '../core/index';

/** One scheduler's whole run of the loaded scenario, for the comparison view; the timeline packed as in timeline.ts. */
export interface CompareEntry {
  scheduler: SchedulerConfig;
  result: Omit<RunResult, 'events' | 'timeline' | 'gpuTimeline'>;
  timeline: Int32Array;
}

/** One policy's run of a reference string, for the replacement comparison. */
export type ReplacementComparison = ReferenceRun & { policy: string };
