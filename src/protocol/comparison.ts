import type { ReferenceRun, RunResult, SchedulerConfig } from '../core/index';

/** One scheduler's whole run of the loaded scenario, for the comparison view; the timelines packed as in timeline.ts. */
export interface CompareEntry {
  scheduler: SchedulerConfig;
  result: Omit<RunResult, 'events' | 'timeline' | 'gpuTimeline'>;
  timeline: Int32Array;
  /** the GPUs' segments, the GPU's number in the cpu field */
  gpuTimeline: Int32Array;
}

/** One policy's run of a reference string, for the replacement comparison. */
export type ReplacementComparison = ReferenceRun & { policy: string };
